import MidasCore

/// How Midas writes numbers into CSV and JSON outputs (SPEC.md "Run outputs").
///
/// Shortest round-trip form: reading the text back gives the same `Double`. Integral values
/// drop the `.0`, `-0.0` is written `0`, and a missing or non-finite value is an empty field
/// in CSV and `null` in JSON.
public enum NumberFormatting {
    /// The CSV field for a number: shortest round-trip text, or empty when not finite.
    public static func csv(_ value: Double) -> String {
        value.isFinite ? shortest(value) : ""
    }

    /// The JSON token for a number: shortest round-trip text, or `null` when not finite.
    public static func json(_ value: Double) -> String {
        value.isFinite ? shortest(value) : "null"
    }

    /// Shortest round-trip text of a finite value, `-0.0` as `0`, without a trailing `.0`.
    public static func shortest(_ value: Double) -> String {
        value.shortestText
    }
}
