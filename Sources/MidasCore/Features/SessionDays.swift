/// The bars of a series grouped by trading day, with each completed day's close, high and low
/// and, per bar, the day's high and low so far.
struct SessionDays {
    /// Per bar, the index of its day.
    var dayIndexOfBar: [Int] = []
    /// The distinct days, in order.
    var days: [Day] = []
    /// Per day, the close of its last bar.
    var close: [Double] = []
    /// Per day, its highest high.
    var high: [Double] = []
    /// Per day, its lowest low.
    var low: [Double] = []
    /// Per bar, the highest high of its day up to and including the bar.
    var highSoFar: [Double] = []
    /// Per bar, the lowest low of its day up to and including the bar.
    var lowSoFar: [Double] = []

    init(bars: [Bar]) {
        dayIndexOfBar.reserveCapacity(bars.count)
        highSoFar.reserveCapacity(bars.count)
        lowSoFar.reserveCapacity(bars.count)
        for bar in bars {
            let day = bar.timestamp.istDay
            if days.last != day {
                days.append(day)
                close.append(bar.close)
                high.append(bar.high)
                low.append(bar.low)
            } else {
                let last = days.count - 1
                close[last] = bar.close
                high[last] = max(high[last], bar.high)
                low[last] = min(low[last], bar.low)
            }
            let last = days.count - 1
            dayIndexOfBar.append(last)
            highSoFar.append(high[last])
            lowSoFar.append(low[last])
        }
    }
}
