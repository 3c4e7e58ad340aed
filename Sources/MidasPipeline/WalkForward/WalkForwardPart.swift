import MidasBacktest

/// One window of a walk-forward after it ran: the variant chosen on the training part and that
/// variant traded on the test part.
public struct WalkForwardPart: Sendable, Equatable {
    /// The window.
    public var window: WalkForwardWindow
    /// The id of the variant chosen on the training part.
    public var variant: String
    /// Its value of the selection metric on the training part.
    public var score: Double
    /// The chosen variant traded on the test part, starting from the previous part's ending equity
    /// (the first part from the starting capital).
    public var result: VariantResult

    /// Creates a part.
    public init(window: WalkForwardWindow, variant: String, score: Double, result: VariantResult) {
        self.window = window
        self.variant = variant
        self.score = score
        self.result = result
    }
}
