import MidasCore

extension MarketPath {
    /// The days of a real history in `settings`' range as simulated days.
    ///
    /// The generated days are the underlying's days that are NSE sessions; a day missing from
    /// the VIX file takes the last earlier VIX close as its whole VIX bar (counted in
    /// ``ReplayCoverage/vixCarried``); VIX days without an underlying bar are unused. Within a
    /// day the level moves in straight five-minute steps open → low → high → close (open → high
    /// → low → close on a down day), so every daily bar aggregates back to the real one. The
    /// day's volume is the history's (the profile's typical volume when the file has none). FII
    /// flows and USDINR are not simulated: the caller writes no such files.
    static func replay(
        _ history: RealHistory, _ settings: GenerateSettings, calendar: TradingCalendar
    ) -> (days: [SimulatedDay], coverage: ReplayCoverage) {
        let profile = SyntheticProfile.of(settings.index)
        var coverage = ReplayCoverage(days: 0, vixCarried: 0, notSessions: 0, beforeVIX: 0, vixOnly: 0)
        var vixIndex = 0
        var lastVIX: VIXDay?
        var days: [SimulatedDay] = []
        var barDays = Set<Day>()
        for bar in history.bars {
            let day = bar.timestamp.istDay
            guard day >= settings.from, day <= settings.to else { continue }
            barDays.insert(day)
            while vixIndex < history.vix.count, history.vix[vixIndex].day <= day {
                lastVIX = history.vix[vixIndex]
                vixIndex += 1
            }
            guard let session = calendar.session(on: day) else {
                coverage.notSessions += 1
                continue
            }
            guard let known = lastVIX else {
                coverage.beforeVIX += 1
                continue
            }
            var vix = known
            if known.day != day {
                coverage.vixCarried += 1
                vix = VIXDay(day: day, open: known.close, high: known.close, low: known.close, close: known.close)
            }
            days.append(simulatedDay(bar, vix: vix, session: session, profile: profile))
        }
        coverage.days = days.count
        coverage.vixOnly =
            history.vix.filter { $0.day >= settings.from && $0.day <= settings.to }
            .filter { !barDays.contains($0.day) }.count
        return (days, coverage)
    }

    private static func simulatedDay(
        _ bar: Bar, vix: VIXDay, session: TradingSession, profile: SyntheticProfile
    ) -> SimulatedDay {
        let minutes = Double(session.open.seconds.distance(to: session.close.seconds)) / 60
        let steps = max(3, Int(minutes) / 5)
        let waypoints =
            bar.close >= bar.open
            ? [bar.open, bar.low, bar.high, bar.close] : [bar.open, bar.high, bar.low, bar.close]
        // Steps per leg: as even as the count allows, the remainder on the last leg.
        let legSteps = [steps / 3, steps / 3, steps - 2 * (steps / 3)]
        var prices: [Double] = [bar.open]
        for leg in 0..<3 {
            let start = waypoints[leg]
            let end = waypoints[leg + 1]
            for k in 1...legSteps[leg] {
                prices.append(k == legSteps[leg] ? end : start + (end - start) * Double(k) / Double(legSteps[leg]))
            }
        }
        let highs = (0..<steps).map { max(prices[$0], prices[$0 + 1]) }
        let lows = (0..<steps).map { min(prices[$0], prices[$0 + 1]) }
        let volume = bar.volume > 0 ? bar.volume : profile.sessionVolume * minutes / 375
        let weights = intradayWeights(steps: steps)
        var volumes = weights.map { Int64(volume * $0 / Double(steps)) }
        volumes[steps - 1] += Int64(volume) - volumes.reduce(0, +)
        return SimulatedDay(
            session: session, prices: prices, highs: highs, lows: lows, volumes: volumes, vixOpen: vix.open,
            vixHigh: vix.high, vixLow: vix.low, vixClose: vix.close, fiiFuturesNet: 0, fiiCashNet: 0, usdinr: 0)
    }
}
