import MidasCore

/// The windows of a walk-forward over a run's trading days.
///
/// Windows start at trading days 0, step, 2·step, … of the trading window; a window exists while
/// at least one day is left after its training part, so the last test part may be shorter than
/// `test` and the out-of-sample span reaches the end of the trading window (unless `step` > `test`
/// leaves the tail untraded).
public struct WalkForwardPlan: Sendable, Equatable {
    /// The windows, in time order.
    public var windows: [WalkForwardWindow]

    /// The plan of `spec` over `tradingDays` (increasing, each once: the IST days of the trading
    /// window's bars, so intraday bars count days, not bars).
    ///
    /// - Throws: ``InputError`` naming `--walk-forward` when the trading window is too short for one
    ///   training part and one test day.
    public init(spec: WalkForwardSpec, tradingDays: [Day]) throws {
        guard tradingDays.count > spec.train else {
            throw InputError(
                .badValue, file: WalkForwardSpec.flag, field: "train",
                detail: "train=\(spec.train) leaves no day to test: the trading window has "
                    + "\(tradingDays.count) trading days")
        }
        var windows: [WalkForwardWindow] = []
        var start = 0
        while start + spec.train < tradingDays.count {
            let testStart = start + spec.train
            let testEnd = min(testStart + spec.test, tradingDays.count)
            windows.append(
                WalkForwardWindow(
                    number: windows.count + 1, train: tradingDays[start]...tradingDays[testStart - 1],
                    test: tradingDays[testStart]...tradingDays[testEnd - 1]))
            start += spec.step
        }
        self.windows = windows
    }

    /// The distinct IST days of `bars`, in order.
    public static func tradingDays(of bars: [Bar]) -> [Day] {
        var days: [Day] = []
        for bar in bars where days.last != bar.timestamp.istDay {
            days.append(bar.timestamp.istDay)
        }
        return days
    }
}
