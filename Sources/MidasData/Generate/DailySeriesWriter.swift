import MidasCore

/// Writes the simulated days as the raw layout's bar, VIX, FII and USDINR files.
enum DailySeriesWriter {
    /// `bars_<timeframe>.csv`: `timestamp,open,high,low,close,volume`, each bar stamped at
    /// its close (a daily bar at its session's close).
    static func bars(_ days: [SimulatedDay], timeframe: Timeframe) -> CSVOutput {
        var output = CSVOutput(header: "timestamp,open,high,low,close,volume", capacity: days.count * 80 + 64)
        let stepsPerBar = timeframe.isIntraday ? Int(timeframe.barSeconds) / MarketPath.stepSeconds : Int.max
        for day in days {
            var first = 0
            while first < day.steps {
                let last = min(first + stepsPerBar, day.steps)
                var high = day.highs[first]
                var low = day.lows[first]
                var volume: Int64 = 0
                for step in first..<last {
                    high = max(high, day.highs[step])
                    low = min(low, day.lows[step])
                    volume += day.volumes[step]
                }
                let close = day.session.open.adding(seconds: Int64(last * MarketPath.stepSeconds))
                output.text(close.description.utf8)
                for value in [day.prices[first], high, low, day.prices[last]] {
                    output.comma()
                    output.decimal(value, decimals: 2)
                }
                output.comma()
                output.integer(volume)
                output.endRow()
                first = last
            }
        }
        return output
    }

    /// `vix.csv`: `date,open,high,low,close`.
    static func vix(_ days: [SimulatedDay]) -> CSVOutput {
        var output = CSVOutput(header: "date,open,high,low,close", capacity: days.count * 40 + 64)
        for day in days {
            output.text(day.day.description.utf8)
            for value in [day.vixOpen, day.vixHigh, day.vixLow, day.vixClose] {
                output.comma()
                output.decimal(value, decimals: 2)
            }
            output.endRow()
        }
        return output
    }

    /// `fii.csv`: `date,fii_index_fut_net,fii_cash_net` (INR crore).
    static func fii(_ days: [SimulatedDay]) -> CSVOutput {
        var output = CSVOutput(header: "date,fii_index_fut_net,fii_cash_net", capacity: days.count * 32 + 64)
        for day in days {
            output.text(day.day.description.utf8)
            output.comma()
            output.decimal(day.fiiFuturesNet, decimals: 2)
            output.comma()
            output.decimal(day.fiiCashNet, decimals: 2)
            output.endRow()
        }
        return output
    }

    /// `usdinr.csv`: `date,close` (four decimals, as the reference rate is published).
    static func usdinr(_ days: [SimulatedDay]) -> CSVOutput {
        var output = CSVOutput(header: "date,close", capacity: days.count * 20 + 16)
        for day in days {
            output.text(day.day.description.utf8)
            output.comma()
            output.decimal(day.usdinr, decimals: 4)
            output.endRow()
        }
        return output
    }
}
