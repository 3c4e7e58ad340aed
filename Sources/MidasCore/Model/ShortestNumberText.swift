extension Double {
    /// Shortest round-trip text of a finite value (reading it back gives the same `Double`):
    /// `-0.0` as `0`, integral values without a trailing `.0` (`100`, `0.12`, `1e-05`).
    ///
    /// Shared by the run-output writers and the pipeline's variant ids, so a number prints
    /// the same way everywhere.
    public var shortestText: String {
        if self == 0 { return "0" }
        let text = description
        if text.hasSuffix(".0") { return String(text.dropLast(2)) }
        return text
    }
}
