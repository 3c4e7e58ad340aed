import Foundation
import MidasCore

/// What an artifact holds, for `midas inspect`: versions, symbol, ranges, counts and fingerprints.
public struct ArtifactSummary: Sendable, Equatable {
    /// The artifact's path.
    public var path: String
    /// Versions, provenance, settings and input fingerprints.
    public var meta: ArtifactMeta
    /// The first and last bar days, warmup included; `nil` without bars.
    public var barDays: ClosedRange<Day>?
    /// The first and last bar days of the trading window; `nil` when the window is empty.
    public var windowDays: ClosedRange<Day>?
    /// Bars, warmup included.
    public var barCount: Int
    /// Feature columns per bar.
    public var featureCount: Int
    /// Chain snapshots.
    public var snapshotCount: Int
    /// Priced quotes over all snapshots.
    public var quoteCount: Int

    /// Builds the summary from the `meta` table's values.
    ///
    /// - Throws: ``ArtifactError`` naming the first missing or malformed key.
    init(meta: ArtifactMeta, values: [String: String], path: String) throws {
        func count(_ key: String) throws -> Int {
            guard let value = values[key].flatMap({ Int($0) }), value >= 0 else {
                throw ArtifactError(path: path, detail: "meta '\(key)' is missing or not a count")
            }
            return value
        }
        func days(_ first: String, _ last: String) -> ClosedRange<Day>? {
            guard let from = values[first].flatMap({ Day(iso: $0) }), let to = values[last].flatMap({ Day(iso: $0) }),
                from <= to
            else { return nil }
            return from...to
        }
        self.path = path
        self.meta = meta
        barDays = days("first_bar_day", "last_bar_day")
        windowDays = days("window_first_day", "window_last_day")
        barCount = try count("bar_count")
        featureCount = try count("feature_count")
        snapshotCount = try count("snapshot_count")
        quoteCount = try count("quote_count")
    }

    /// Aligned `name: value` lines, inputs last, one per partition.
    public var text: String {
        var lines: [(String, String)] = [
            ("artifact", path),
            ("schema version", "\(meta.schemaVersion)"),
            ("context version", "\(meta.contextVersion)"),
            ("built by", "midas \(meta.midasVersion), commit \(meta.gitCommit)"),
            ("symbol", meta.symbol),
            ("timeframe", meta.timeframe.rawValue),
            ("range", Self.text(meta.tradingRange)),
            ("warmup days", "\(meta.warmupDays)"),
            (
                "bars",
                "\(barCount) (\(barDays.map(Self.text) ?? "none"), window \(windowDays.map(Self.text) ?? "empty"))"
            ),
            ("features", "\(featureCount)"),
            ("snapshots", "\(snapshotCount)"),
            ("quotes", "\(quoteCount)"),
            ("settings fingerprint", meta.settingsFingerprint.hex),
            ("regime fingerprint", meta.regimeFingerprint.hex),
            ("context fingerprint", meta.contextFingerprint.hex),
            ("inputs", "\(meta.inputs.count)"),
        ]
        lines += meta.inputs.map { ("  \($0.partition)", $0.fingerprint.hex) }
        let width = lines.map(\.0.count).max() ?? 0
        return lines.map { name, value in
            name + ":" + String(repeating: " ", count: width - name.count + 1) + value
        }.joined(separator: "\n") + "\n"
    }

    /// The summary as a JSON object with sorted keys, newline-terminated.
    public var json: String {
        let object: [String: Any] = [
            "path": path,
            "schema_version": Int(meta.schemaVersion),
            "context_version": Int(meta.contextVersion),
            "midas_version": meta.midasVersion,
            "git_commit": meta.gitCommit,
            "symbol": meta.symbol,
            "timeframe": meta.timeframe.rawValue,
            "range": [
                "from": meta.tradingRange.lowerBound.description, "to": meta.tradingRange.upperBound.description,
            ],
            "warmup_days": meta.warmupDays,
            "bar_days": Self.json(barDays),
            "window_days": Self.json(windowDays),
            "counts": [
                "bars": barCount, "features": featureCount, "snapshots": snapshotCount, "quotes": quoteCount,
            ],
            "fingerprints": [
                "settings": meta.settingsFingerprint.hex, "regime": meta.regimeFingerprint.hex,
                "context": meta.contextFingerprint.hex,
            ],
            "inputs": Dictionary(uniqueKeysWithValues: meta.inputs.map { ($0.partition, $0.fingerprint.hex) }),
        ]
        let data = try! JSONSerialization.data(
            withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func text(_ range: ClosedRange<Day>) -> String {
        "\(range.lowerBound) to \(range.upperBound)"
    }

    private static func json(_ range: ClosedRange<Day>?) -> Any {
        guard let range else { return NSNull() }
        return ["from": range.lowerBound.description, "to": range.upperBound.description]
    }
}
