import MidasCore

/// The `meta` table's keys and text values.
extension ArtifactMeta {
    /// The meta keys and values this meta writes, in key order.
    var entries: [(key: String, value: String)] {
        [
            ("context_fingerprint", contextFingerprint.hex),
            ("context_version", "\(contextVersion)"),
            ("git_commit", gitCommit),
            ("midas_version", midasVersion),
            ("regime_fingerprint", regimeFingerprint.hex),
            ("schema_version", "\(schemaVersion)"),
            ("settings_fingerprint", settingsFingerprint.hex),
            ("symbol", symbol),
            ("timeframe", timeframe.rawValue),
            ("trading_from", tradingRange.lowerBound.description),
            ("trading_to", tradingRange.upperBound.description),
            ("warmup_days", "\(warmupDays)"),
        ]
    }

    /// Decodes meta from the `meta` table's values and the `inputs` table's rows.
    ///
    /// - Throws: ``ArtifactError`` naming the first missing or malformed key.
    init(values: [String: String], inputs: [InputFingerprint], path: String) throws {
        func text(_ key: String) throws -> String {
            guard let value = values[key] else { throw ArtifactError(path: path, detail: "meta has no '\(key)'") }
            return value
        }
        func parsed<T>(_ key: String, _ parse: (String) -> T?) throws -> T {
            let value = try text(key)
            guard let result = parse(value) else {
                throw ArtifactError(path: path, detail: "meta '\(key)' has the malformed value '\(value)'")
            }
            return result
        }
        let from = try parsed("trading_from") { Day(iso: $0) }
        let to = try parsed("trading_to") { Day(iso: $0) }
        guard from <= to else { throw ArtifactError(path: path, detail: "meta trading range ends before it starts") }
        self.init(
            schemaVersion: try parsed("schema_version") { Int32($0) },
            contextVersion: try parsed("context_version") { Int32($0) },
            midasVersion: try text("midas_version"), gitCommit: try text("git_commit"), symbol: try text("symbol"),
            timeframe: try parsed("timeframe") { Timeframe(rawValue: $0) }, tradingRange: from...to,
            warmupDays: try parsed("warmup_days") { Int($0) },
            settingsFingerprint: Fingerprint(hex: try text("settings_fingerprint")),
            regimeFingerprint: Fingerprint(hex: try text("regime_fingerprint")),
            contextFingerprint: Fingerprint(hex: try text("context_fingerprint")), inputs: inputs)
    }
}
