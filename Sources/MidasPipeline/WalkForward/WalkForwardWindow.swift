import MidasCore

/// One window of a walk-forward: the trading days it selects on, then the days it trades on.
public struct WalkForwardWindow: Sendable, Equatable {
    /// 1-based position in the plan.
    public var number: Int
    /// The first and last trading day of the training part.
    public var train: ClosedRange<Day>
    /// The first and last trading day of the test part (right after the training part).
    public var test: ClosedRange<Day>

    /// Creates a window.
    public init(number: Int, train: ClosedRange<Day>, test: ClosedRange<Day>) {
        self.number = number
        self.train = train
        self.test = test
    }
}
