/// A value of a configuration tree with its key path, for strict, typed decoding.
///
/// Every accessor throws an `InputError` naming the file and the key path
/// (`variants[0].params.short_delta`) when a key is unknown, missing or of the wrong type.
public struct ConfigNode: Sendable {
    /// The value at this place.
    public var value: ConfigValue
    /// The key path from the root, e.g. `context.mark.max_spread`.
    public var path: String
    /// The file the tree was read from (for messages).
    public var file: String

    /// Wraps a root value.
    public init(_ value: ConfigValue, file: String, path: String = "") {
        self.value = value
        self.path = path
        self.file = file
    }

    // MARK: - Maps

    /// The mapping's entries in file order; throws when this is not a mapping.
    public func entries() throws -> [ConfigEntry] {
        switch value {
        case .map(let entries): return entries
        case .null: return []
        default: throw error(.badValue, "expected a mapping")
        }
    }

    /// Throws when the mapping has a key outside `allowed`, naming its path.
    public func requireKeys(in allowed: Set<String>) throws {
        for entry in try entries() where !allowed.contains(entry.key) {
            let expected = allowed.sorted().joined(separator: ", ")
            throw InputError(
                .unknownKey, file: file, field: childPath(entry.key), detail: "expected one of: \(expected)")
        }
    }

    /// The child at `key`, or `nil` when the key is absent.
    public func optional(_ key: String) throws -> ConfigNode? {
        guard let entry = try entries().first(where: { $0.key == key }) else { return nil }
        if case .null = entry.value { return nil }
        return ConfigNode(entry.value, file: file, path: childPath(key))
    }

    /// The child at `key`; throws when absent.
    public func required(_ key: String) throws -> ConfigNode {
        guard let node = try optional(key) else {
            throw InputError(.missingColumn, file: file, field: childPath(key), detail: "required key is missing")
        }
        return node
    }

    // MARK: - Lists

    /// The elements of a sequence (a scalar counts as a one-element list only when `allowScalar`).
    public func elements(allowScalar: Bool = false) throws -> [ConfigNode] {
        switch value {
        case .list(let items):
            return items.enumerated().map { ConfigNode($0.element, file: file, path: "\(path)[\($0.offset)]") }
        case .scalar where allowScalar:
            return [self]
        default:
            throw error(.badValue, "expected a list")
        }
    }

    // MARK: - Scalars

    /// The scalar text; throws for maps and lists.
    public func string() throws -> String {
        guard case .scalar(let text) = value else { throw error(.badValue, "expected a single value") }
        return text
    }

    /// A finite number.
    public func double() throws -> Double {
        let text = try string()
        guard let number = Double(text) else { throw error(.badNumber, "'\(text)' is not a number") }
        guard number.isFinite else { throw error(.notFinite, "'\(text)'") }
        return number
    }

    /// A whole number.
    public func int() throws -> Int {
        let text = try string()
        guard let number = Int(text) else { throw error(.badNumber, "'\(text)' is not a whole number") }
        return number
    }

    /// `true`/`false` (also yes/no, on/off).
    public func bool() throws -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(.badValue, "expected true or false")
        }
    }

    /// An ISO date `YYYY-MM-DD`.
    public func day() throws -> Day {
        let text = try string()
        guard let day = Day(iso: text) else { throw error(.badDate, "'\(text)' is not a YYYY-MM-DD date") }
        return day
    }

    /// One of a fixed set of words.
    public func choice(_ allowed: [String]) throws -> String {
        let text = try string()
        guard allowed.contains(text) else {
            throw error(.badValue, "'\(text)' is not one of: \(allowed.joined(separator: ", "))")
        }
        return text
    }

    /// A number checked against a closed range.
    public func double(in range: ClosedRange<Double>) throws -> Double {
        let number = try double()
        guard range.contains(number) else {
            throw error(.badValue, "\(number) is outside \(range.lowerBound)…\(range.upperBound)")
        }
        return number
    }

    /// An input error at this node's path.
    public func error(_ reason: InputError.Reason, _ detail: String) -> InputError {
        InputError(reason, file: file, field: path.isEmpty ? nil : path, detail: detail)
    }

    func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}
