import Foundation
import MidasCore

/// Builds one day's option-chain file of the synthetic market.
///
/// Each snapshot lists the live weekly and monthly expiries (`ExpirySchedule`), strikes on
/// the index's grid within a band around the day's open, and Black-76 prices on a
/// `VolSurface` anchored at the VIX level. Quotes sit on the 0.05 tick, spreads widen away
/// from the money and near expiry, and the data carries real blemishes: strikes missing for
/// the day, zero bids far out of the money, and a few stale quotes (a last price away from
/// the mid, no volume). Volume is in contracts, open interest in units (contracts × lot),
/// as in the NSE bhavcopy.
///
/// Prices respect the no-arbitrage structure the tests check: within a snapshot and expiry,
/// call mids never rise with strike and put mids never fall, every mid lies within the
/// European bounds, and bid ≤ ask.
struct SyntheticChain {
    let settings: GenerateSettings
    let expiries: ExpirySchedule
    let lots: LotSchedule
    let profile: SyntheticProfile

    static let header = "timestamp,expiry,strike,option_type,bid,ask,last,volume,open_interest,underlying"
    static let tick = 0.05
    /// Probability that a strike is missing for a whole day, and that a quote is stale.
    static let missingStrikeProbability = 0.015
    static let staleQuoteProbability = 0.02

    /// One side of a strike in one snapshot, in ticks.
    private struct Quote {
        var model = 0
        var bid = 0
        var ask = 0
        var moneyness = 0.0
    }

    /// A contract month listed on the day, with what stays fixed through the day.
    private struct Listing {
        var expiry: Day
        var text: [UInt8]
        var instant: Timestamp
        var lot: Int64
        var monthlyFactor: Double
        /// Per strike of the day, whether it is listed (a few are missing all day).
        var present: [Bool]
    }

    /// The strikes of a day, in grid steps, and the quotes of one snapshot and expiry.
    private struct Workspace {
        var strikes: [Int]
        var calls: [Quote]
        var puts: [Quote]
    }

    /// The chain file of `day`: rows ordered by snapshot time, expiry, strike, then CE before PE.
    func file(for day: SimulatedDay) -> CSVOutput {
        let snapshots = snapshotSteps(of: day)
        let step = settings.index.strikeStep
        let reference = day.prices[0]
        let lowest = Int((reference * (1 - settings.strikeBand) / step).rounded(.up))
        let highest = Int((reference * (1 + settings.strikeBand) / step).rounded(.down))
        let strikes = lowest <= highest ? Array(lowest...highest) : []
        let listings = expiries.expiries(
            listedOn: day.day, weeklies: settings.weeklies, monthlies: settings.monthlies
        ).map { expiry in
            Listing(
                expiry: expiry, text: Array(expiry.description.utf8),
                instant: Timestamp(day: expiry, hour: 15, minute: 30),
                lot: Int64(lots.lotSize(expiry: expiry, on: day.day)),
                monthlyFactor: expiries.isMonthly(expiry) ? 1.5 : 1.0,
                present: strikes.map { strike in
                    var random = RandomStream(settings.seed, day.day.streamKey, 3, expiry.streamKey, UInt64(strike))
                    let nearMoney = abs(Double(strike) * step - reference) <= 2 * step
                    return nearMoney || random.uniform() >= SyntheticChain.missingStrikeProbability
                })
        }
        var output = CSVOutput(
            header: SyntheticChain.header, capacity: snapshots.count * listings.count * strikes.count * 2 * 72 + 128)
        var workspace = Workspace(
            strikes: strikes, calls: Array(repeating: Quote(), count: strikes.count),
            puts: Array(repeating: Quote(), count: strikes.count))
        for (snapshotIndex, stepIndex) in snapshots.enumerated() {
            for listing in listings {
                appendSnapshot(
                    of: day, snapshot: snapshotIndex, of: snapshots.count, step: stepIndex, listing: listing,
                    workspace: &workspace, to: &output)
            }
        }
        return output
    }

    /// Appends the rows of one snapshot of one expiry.
    private func appendSnapshot(
        of day: SimulatedDay, snapshot snapshotIndex: Int, of snapshotCount: Int, step stepIndex: Int,
        listing: Listing, workspace: inout Workspace, to output: inout CSVOutput
    ) {
        let step = settings.index.strikeStep
        let strikes = workspace.strikes
        let instant = day.session.open.adding(seconds: Int64(stepIndex * MarketPath.stepSeconds))
        // Priced on the level as written (two decimals), so the file is self-consistent.
        let spot = (day.price(afterSteps: stepIndex) * 100).rounded() / 100
        let time = max(0, Double(instant.seconds.distance(to: listing.instant.seconds)) / (365 * 86_400))
        let forward = Black76.forward(
            spot: spot, rate: settings.rate, dividendYield: settings.dividendYield, time: time)
        let discount = exp(-settings.rate * time)
        let surface = VolSurface(
            vix: day.vix(at: Double(stepIndex) / Double(day.steps)) / 100, longRun: profile.longRunVolatility)
        let atm = surface.atTheMoney(time: time)
        let daysLeft = time * 365
        for index in strikes.indices where listing.present[index] {
            let strike = Double(strikes[index]) * step
            let volatility = surface.volatility(strike: strike, forward: forward, time: time, atm: atm)
            let x = surface.standardisedMoneyness(strike: strike, forward: forward, time: time, atm: atm)
            workspace.calls[index] = quote(
                .call, strike: strike, forward: forward, time: time, volatility: volatility,
                discount: discount, moneyness: x, daysLeft: daysLeft)
            workspace.puts[index] = quote(
                .put, strike: strike, forward: forward, time: time, volatility: volatility,
                discount: discount, moneyness: -x, daysLeft: daysLeft)
        }
        SyntheticChain.makeMidsMonotone(&workspace.calls, present: listing.present, ascending: true)
        SyntheticChain.makeMidsMonotone(&workspace.puts, present: listing.present, ascending: false)

        let timestampText = Array(instant.description.utf8)
        let snapshotVolume =
            profile.atmContracts / Double(snapshotCount) * listing.monthlyFactor
            * (1 + 2 / (1 + daysLeft)) * exp(-daysLeft / 30)
        for index in strikes.indices where listing.present[index] {
            var random = RandomStream(
                settings.seed, day.day.streamKey, 4, UInt64(snapshotIndex), listing.expiry.streamKey,
                UInt64(strikes[index]))
            for type in OptionType.allCases {
                let quote = type == .call ? workspace.calls[index] : workspace.puts[index]
                output.text(timestampText)
                output.comma()
                output.text(listing.text)
                output.comma()
                output.decimal(Double(strikes[index]) * step, decimals: 2)
                output.comma()
                output.text(type == .call ? "CE".utf8 : "PE".utf8)
                output.comma()
                output.fixed(units: Int64(quote.bid) * 5, decimals: 2)
                output.comma()
                output.fixed(units: Int64(quote.ask) * 5, decimals: 2)
                output.comma()
                let stale = random.uniform() < SyntheticChain.staleQuoteProbability && quote.model > 2
                let volumeNoise = random.normal()
                let lastDraw = random.uniform()
                var volume = Int64(snapshotVolume * exp(-0.5 * quote.moneyness * quote.moneyness + 0.5 * volumeNoise))
                if stale {
                    volume = 0
                    let drift = max(1, quote.model / 10)
                    var last = quote.model + (lastDraw < 0.5 ? -drift : drift)
                    if 2 * last == quote.bid + quote.ask { last += 1 }
                    output.fixed(units: Int64(last) * 5, decimals: 2)
                } else if volume > 0 {
                    let last = quote.bid + Int(lastDraw * Double(quote.ask - quote.bid + 1))
                    output.fixed(units: Int64(max(last, 1)) * 5, decimals: 2)
                }
                output.comma()
                output.integer(volume)
                output.comma()
                output.integer(
                    openInterest(quote, lot: listing.lot, monthlyFactor: listing.monthlyFactor, random: &random))
                output.comma()
                output.decimal(spot, decimals: 2)
                output.endRow()
            }
        }
    }

    /// The step indices (after the open) of the day's snapshots: the close for daily data,
    /// else every `chainEveryMinutes` and the close.
    func snapshotSteps(of day: SimulatedDay) -> [Int] {
        guard settings.timeframe.isIntraday else { return [day.steps] }
        let every = settings.chainEveryMinutes / 5
        var steps = Array(stride(from: every, through: day.steps, by: every))
        if steps.last != day.steps { steps.append(day.steps) }
        return steps
    }

    /// Prices one option on the tick grid, inside its no-arbitrage bounds, with its spread.
    private func quote(
        _ type: OptionType, strike: Double, forward: Double, time: Double, volatility: Double, discount: Double,
        moneyness: Double, daysLeft: Double
    ) -> Quote {
        let tick = SyntheticChain.tick
        let price = Black76.price(
            forward: forward, strike: strike, time: time, volatility: volatility, discount: discount, type: type)
        let lower = discount * max(type.sign * (forward - strike), 0)
        let upper = discount * (type == .call ? forward : strike)
        var model = Int((price / tick).rounded())
        model = max(model, Int((lower / tick - 1e-9).rounded(.up)))
        model = min(model, Int((upper / tick + 1e-9).rounded(.down)))
        let halfSpread = 0.0008 * price + 0.05 * (0.5 + abs(moneyness)) * (1 + 1 / (1 + daysLeft))
        let half = max(1, Int((halfSpread / tick).rounded()))
        var bid = max(model - half, 0)
        if moneyness > 3, model <= 4 { bid = 0 }
        return Quote(model: model, bid: bid, ask: model + half, moneyness: moneyness)
    }

    /// Caps each quote's bid + ask by its neighbour's nearer the money, so mids never rise
    /// going out of the money (calls: ascending strikes; puts: descending).
    private static func makeMidsMonotone(_ quotes: inout [Quote], present: [Bool], ascending: Bool) {
        var previousSum = Int.max
        let order = ascending ? Array(quotes.indices) : quotes.indices.reversed()
        for index in order where present[index] {
            var quote = quotes[index]
            let sum = min(quote.bid + quote.ask, previousSum)
            quote.ask = sum - quote.bid
            if quote.ask < quote.bid {
                quote.bid = sum / 2
                quote.ask = sum - quote.bid
            }
            quotes[index] = quote
            previousSum = sum
        }
    }

    /// Open interest in units: contracts falling off away from the money, times the lot.
    private func openInterest(
        _ quote: Quote, lot: Int64, monthlyFactor: Double, random: inout RandomStream
    ) -> Int64 {
        let contracts =
            profile.atmOpenInterest * monthlyFactor
            * exp(-0.25 * quote.moneyness * quote.moneyness + 0.3 * random.normal())
        return Int64(contracts) * lot
    }
}
