import Foundation
import MidasCore

/// A pipeline file (SPEC.md "Pipeline file"), strictly decoded: an unknown key or a bad value
/// is an `InputError` naming its key path.
///
/// The artifact depends on `symbol`, `timeframe`, `range`, `warmup_days`, `regime` and
/// `context`; runs also on `execution` and `variants`. The fingerprints below follow that split.
public struct Pipeline: Sendable {
    /// The file the pipeline was read from (for messages).
    public var file: String
    /// The index symbol (`NIFTY`, `BANKNIFTY`, …).
    public var symbol: String
    /// The bar period.
    public var timeframe: Timeframe
    /// The trading window, both ends included (`range: {from, to}`).
    public var range: ClosedRange<Day>
    /// The declared minimum warmup in trading days (`warmup_days`, default 0); the regime
    /// features' own lookbacks may ask for more (`RegimeClassifier.warmupDays(minimum:)`).
    public var warmupDays: Int
    /// The regime classifier's settings (`regime:`).
    public var regime: RegimeSettings
    /// The bar context's settings (`context:`).
    public var context: ContextSettings
    /// The `execution:` mapping, decoded by the backtest engine (an empty map when absent).
    public var execution: ConfigNode
    /// The variants, grids expanded, in file order.
    public var variants: [Variant]

    /// Reads and decodes a pipeline file.
    public static func load(path: String) throws -> Pipeline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(.missingFile, file: path, detail: "cannot read the pipeline file")
        }
        return try Pipeline(yaml: String(decoding: data, as: UTF8.self), file: path)
    }

    /// Decodes a pipeline from its YAML text; `file` names it in messages.
    public init(yaml: String, file: String) throws {
        try self.init(root: ConfigNode(PipelineYAML.parse(yaml, file: file), file: file))
    }

    /// Decodes a pipeline from a parsed tree.
    public init(root: ConfigNode) throws {
        file = root.file
        try root.requireKeys(in: [
            "symbol", "timeframe", "range", "warmup_days", "regime", "context", "execution", "variants",
        ])
        let symbolNode = try root.required("symbol")
        symbol = try symbolNode.string()
        guard !symbol.isEmpty, symbol.utf8.allSatisfy({ $0.isUppercaseLetterOrDigit }) else {
            throw symbolNode.error(.badValue, "'\(symbol)' is not an index symbol like NIFTY")
        }
        let timeframeNode = try root.required("timeframe")
        timeframe = Timeframe(rawValue: try timeframeNode.choice(Timeframe.allCases.map(\.rawValue)))!
        range = try Self.decodeRange(try root.required("range"))
        let warmupNode = try root.optional("warmup_days")
        warmupDays = try warmupNode?.int() ?? 0
        if let warmupNode, warmupDays < 0 { throw warmupNode.error(.badValue, "must not be negative") }
        regime = try RegimeSettings(node: root.optional("regime"))
        context = try ContextSettings(node: root.optional("context"), file: file)
        execution = try root.optional("execution") ?? ConfigNode(.map([]), file: file, path: "execution")
        _ = try execution.entries()
        variants = try Self.decodeVariants(root.optional("variants"))
    }

    private static func decodeRange(_ node: ConfigNode) throws -> ClosedRange<Day> {
        try node.requireKeys(in: ["from", "to"])
        let from = try node.required("from").day()
        let toNode = try node.required("to")
        let to = try toNode.day()
        guard from <= to else { throw toNode.error(.badValue, "\(to) is before \(from)") }
        return from...to
    }

    private static func decodeVariants(_ node: ConfigNode?) throws -> [Variant] {
        guard let node else { return [] }
        var variants: [Variant] = []
        var firstSource: [String: String] = [:]
        for entry in try node.elements() {
            for variant in try Variant.expand(entry) {
                if let earlier = firstSource[variant.id] {
                    throw InputError(
                        .duplicate, file: entry.file, field: "\(entry.path).id",
                        detail: "variant id '\(variant.id)' from \(entry.path) is also produced by \(earlier)")
                }
                firstSource[variant.id] = entry.path
                variants.append(variant)
            }
        }
        return variants
    }
}

extension UInt8 {
    fileprivate var isUppercaseLetterOrDigit: Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
    }
}
