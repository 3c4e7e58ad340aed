/// A parsed configuration tree (a pipeline file), independent of the YAML library that read it.
///
/// Maps keep their keys in file order, because the order of `grid` keys decides variant ids.
public indirect enum ConfigValue: Sendable, Equatable {
    /// A scalar as written (number, string, boolean, date): typed on access.
    case scalar(String)
    /// A sequence.
    case list([ConfigValue])
    /// A mapping, in file order.
    case map([ConfigEntry])
    /// An explicit null / empty value.
    case null
}

/// One key of a mapping.
public struct ConfigEntry: Sendable, Equatable {
    /// The key.
    public var key: String
    /// Its value.
    public var value: ConfigValue

    /// Creates an entry.
    public init(key: String, value: ConfigValue) {
        self.key = key
        self.value = value
    }
}
