import MidasCore

/// The pipeline's `context:` section: what a bar context depends on besides the regime.
///
/// ```yaml
/// context:
///   rate: 0.065            # continuous risk-free rate (default 0.065)
///   dividend_yield: 0.012  # continuous dividend yield (default 0.012)
///   mark: { ... }          # mark-price rule settings, decoded by the pricing code (default {})
///   max_chain_age: 1d      # <whole number><s|m|h|d>; an older snapshot is not in force (default 1d)
/// ```
public struct ContextSettings: Sendable {
    /// Continuous risk-free rate.
    public var rate: Double
    /// Continuous dividend yield.
    public var dividendYield: Double
    /// The oldest a chain snapshot may be, in seconds, and still be in force at a bar.
    public var maxChainAge: Int64
    /// The `context.mark` mapping, for the pricing code's strict decoding (an empty map when absent).
    public var mark: ConfigNode

    /// Decodes the `context:` mapping strictly; `nil` gives the defaults.
    public init(node: ConfigNode?, file: String) throws {
        let node = node ?? ConfigNode(.map([]), file: file, path: "context")
        try node.requireKeys(in: ["rate", "dividend_yield", "mark", "max_chain_age"])
        rate = try node.optional("rate")?.double(in: -1...1) ?? 0.065
        dividendYield = try node.optional("dividend_yield")?.double(in: -1...1) ?? 0.012
        maxChainAge = try node.optional("max_chain_age").map(Self.duration) ?? 86_400
        mark = try node.optional("mark") ?? ConfigNode(.map([]), file: file, path: "context.mark")
        _ = try mark.entries()
    }

    /// The settings as a configuration tree (age in seconds, `mark` as written), for fingerprints.
    public var configValue: ConfigValue {
        .map([
            ConfigEntry(key: "rate", value: .scalar(rate.shortestText)),
            ConfigEntry(key: "dividend_yield", value: .scalar(dividendYield.shortestText)),
            ConfigEntry(key: "max_chain_age", value: .scalar("\(maxChainAge)")),
            ConfigEntry(key: "mark", value: mark.value),
        ])
    }

    /// Seconds of a duration written `90m`, `2h`, `1d` or `30s`.
    static func duration(_ node: ConfigNode) throws -> Int64 {
        let text = try node.string()
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        guard let unit = text.last.flatMap({ units[$0] }), let count = Int64(text.dropLast()), count > 0 else {
            throw node.error(.badValue, "'\(text)' is not a duration like 90m, 2h or 1d")
        }
        return count * unit
    }
}
