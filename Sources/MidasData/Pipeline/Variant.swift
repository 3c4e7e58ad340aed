import MidasCore

/// One strategy run of a pipeline: a `variants` entry, or one combination of its `grid`.
public struct Variant: Sendable {
    /// The canonical id: the entry's `id`, then `__<key>=<value>` per grid key in grid order.
    public var id: String
    /// The strategy name (`iron_condor`, …), decoded by the backtest.
    public var strategy: String
    /// The merged parameters: the entry's `params` with this combination's grid values in
    /// their place (or appended), as a mapping at `variants[i].params` for strict decoding.
    public var params: ConfigNode
    /// This combination's grid values, in grid order (empty without a grid).
    public var gridValues: [ConfigEntry]

    /// Creates a variant; the id must pass `validateID`.
    public init(id: String, strategy: String, params: ConfigNode, gridValues: [ConfigEntry] = []) {
        self.id = id
        self.strategy = strategy
        self.params = params
        self.gridValues = gridValues
    }

    /// Whether an id uses only `[A-Za-z0-9_.=-]` and is not empty.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty
            && id.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "="),
                    UInt8(ascii: "-"):
                    return true
                default:
                    return false
                }
            }
    }

    /// The id text of a grid value: numbers in shortest round-trip form (`0.20` → `0.2`), other words as written.
    public static func idText(of scalar: String) -> String {
        if let number = Double(scalar), number.isFinite { return number.shortestText }
        return scalar
    }

    /// The variants of one `variants[i]` entry: one per grid combination, the first grid key
    /// varying slowest (the outermost loop), the last fastest.
    static func expand(_ node: ConfigNode) throws -> [Variant] {
        try node.requireKeys(in: ["id", "strategy", "params", "grid"])
        let idNode = try node.required("id")
        let baseID = try idNode.string()
        guard isValidID(baseID) else {
            throw idNode.error(.badValue, "'\(baseID)' has characters outside A-Z a-z 0-9 _ . = -")
        }
        let strategy = try node.required("strategy").string()
        let paramsNode =
            try node.optional("params") ?? ConfigNode(.map([]), file: node.file, path: node.path + ".params")
        let params = try paramsNode.entries()
        let axes = try (node.optional("grid")?.entries() ?? []).map { entry in
            let axis = ConfigNode(entry.value, file: node.file, path: "\(node.path).grid.\(entry.key)")
            let values = try axis.elements()
            guard !values.isEmpty else { throw axis.error(.badValue, "a grid key needs at least one value") }
            return (key: entry.key, values: try values.map { try $0.string() })
        }
        var combinations: [[ConfigEntry]] = [[]]
        for axis in axes {
            combinations = combinations.flatMap { prefix in
                axis.values.map { prefix + [ConfigEntry(key: axis.key, value: .scalar($0))] }
            }
        }
        return try combinations.map { combination in
            var merged = params
            var id = baseID
            for entry in combination {
                if let index = merged.firstIndex(where: { $0.key == entry.key }) {
                    merged[index].value = entry.value
                } else {
                    merged.append(entry)
                }
                guard case .scalar(let text) = entry.value else { continue }
                id += "__\(entry.key)=\(idText(of: text))"
            }
            guard isValidID(id) else {
                let field = combination.isEmpty ? idNode : ConfigNode(.null, file: node.file, path: node.path + ".grid")
                throw field.error(.badValue, "variant id '\(id)' has characters outside A-Z a-z 0-9 _ . = -")
            }
            let mergedNode = ConfigNode(.map(merged), file: node.file, path: paramsNode.path)
            return Variant(id: id, strategy: strategy, params: mergedNode, gridValues: combination)
        }
    }

    /// The variant as a configuration tree (id, strategy, merged params), for the run fingerprint.
    var configValue: ConfigValue {
        .map([
            ConfigEntry(key: "id", value: .scalar(id)),
            ConfigEntry(key: "strategy", value: .scalar(strategy)),
            ConfigEntry(key: "params", value: params.value),
        ])
    }
}
