/// When two fields of compared run outputs count as equal (SPEC.md `compare --tolerance X`).
///
/// Two numbers are equal when |a − b| ≤ X · max(1, |a|, |b|); with X = 0 that is exact equality of the
/// parsed `Double`s, so a change of one ulp is caught. Text, and a number against text, must match exactly,
/// and an empty field equals only an empty field.
public struct Tolerance: Sendable, Equatable {
    /// X, the relative tolerance; zero means exact.
    public var relative: Double

    /// A tolerance of `relative` (finite and not negative).
    public init(relative: Double) {
        precondition(relative.isFinite && relative >= 0, "tolerance must be finite and not negative")
        self.relative = relative
    }

    /// Exact comparison.
    public static let exact = Tolerance(relative: 0)

    /// Whether two numbers are equal within the tolerance.
    public func matches(_ first: Double, _ second: Double) -> Bool {
        if first == second { return true }
        let scale = max(1, abs(first), abs(second))
        return abs(first - second) <= relative * scale
    }

    /// Whether two fields are equal: identical text, or two numbers equal within the tolerance.
    public func matches(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        guard let firstNumber = Double(first), let secondNumber = Double(second) else { return false }
        return matches(firstNumber, secondNumber)
    }
}
