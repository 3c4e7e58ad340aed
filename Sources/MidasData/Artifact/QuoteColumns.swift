import MidasCore
import SQLiteKit

/// One snapshot's priced quotes split into columns: the packed BLOBs of a `chain_snapshots` row.
///
/// Column order here is the order of the BLOB columns in the table (``names``).
struct QuoteColumns {
    var timestamp: [Int64] = []
    var expiry: [Int32] = []
    var strike: [Double] = []
    var type: [UInt8] = []
    var bid: [Double] = []
    var ask: [Double] = []
    var last: [Double] = []
    var settle: [Double] = []
    var volume: [Double] = []
    var openInterest: [Double] = []
    var underlying: [Double] = []
    var future: [Double] = []
    var lotSize: [Int32] = []
    var referenceIV: [Double] = []
    var mark: [Double] = []
    var markRule: [UInt8] = []
    var spot: [Double] = []
    var forward: [Double] = []
    var timeToExpiry: [Double] = []
    var rate: [Double] = []
    var iv: [Double] = []
    var ivStatus: [UInt8] = []
    var delta: [Double] = []
    var gamma: [Double] = []
    var theta: [Double] = []
    var vega: [Double] = []

    /// The BLOB column names, in table order.
    static let names = [
        "quote_timestamp", "expiry", "strike", "option_type", "bid", "ask", "last", "settle", "volume",
        "open_interest", "underlying", "future", "lot_size", "reference_iv", "mark", "mark_rule", "spot",
        "forward", "time_to_expiry", "rate", "iv", "iv_status", "delta", "gamma", "theta", "vega",
    ]

    /// Splits quotes into columns.
    init(_ quotes: ArraySlice<PricedQuote>) {
        timestamp = quotes.map(\.quote.timestamp.seconds)
        expiry = quotes.map(\.quote.expiry.daysSinceEpoch)
        strike = quotes.map(\.quote.strike)
        type = quotes.map(\.quote.type.rawValue)
        bid = quotes.map(\.quote.bid)
        ask = quotes.map(\.quote.ask)
        last = quotes.map(\.quote.last)
        settle = quotes.map(\.quote.settle)
        volume = quotes.map(\.quote.volume)
        openInterest = quotes.map(\.quote.openInterest)
        underlying = quotes.map(\.quote.underlying)
        future = quotes.map(\.quote.future)
        lotSize = quotes.map(\.quote.lotSize)
        referenceIV = quotes.map(\.quote.referenceIV)
        mark = quotes.map(\.mark)
        markRule = quotes.map(\.markRule.rawValue)
        spot = quotes.map(\.spot)
        forward = quotes.map(\.forward)
        timeToExpiry = quotes.map(\.timeToExpiry)
        rate = quotes.map(\.rate)
        iv = quotes.map(\.iv)
        ivStatus = quotes.map(\.ivStatus.rawValue)
        delta = quotes.map(\.delta)
        gamma = quotes.map(\.gamma)
        theta = quotes.map(\.theta)
        vega = quotes.map(\.vega)
    }

    /// The packed BLOB of every column, in ``names`` order.
    var blobs: [[UInt8]] {
        typealias P = PackedArray
        return [
            P.bytes(timestamp), P.bytes(expiry), P.bytes(strike), P.bytes(type), P.bytes(bid), P.bytes(ask),
            P.bytes(last), P.bytes(settle), P.bytes(volume), P.bytes(openInterest), P.bytes(underlying),
            P.bytes(future), P.bytes(lotSize), P.bytes(referenceIV), P.bytes(mark), P.bytes(markRule),
            P.bytes(spot), P.bytes(forward), P.bytes(timeToExpiry), P.bytes(rate), P.bytes(iv), P.bytes(ivStatus),
            P.bytes(delta), P.bytes(gamma), P.bytes(theta), P.bytes(vega),
        ]
    }

    /// Decodes `count` quotes from the BLOB columns of the current row, starting at column `first`.
    ///
    /// - Throws: the name of the first column whose BLOB does not hold `count` values.
    init(row: Statement, firstColumn first: Int32, count: Int) throws(ColumnMismatch) {
        var column = first
        func doubles() throws(ColumnMismatch) -> [Double] {
            defer { column += 1 }
            guard let values = row.withBlob(at: column, { PackedArray.doubles($0, count: count) }) else {
                throw ColumnMismatch(name: Self.names[Int(column - first)])
            }
            return values
        }
        func integers<T: FixedWidthInteger & BitwiseCopyable>(_ type: T.Type) throws(ColumnMismatch) -> [T] {
            defer { column += 1 }
            guard let values = row.withBlob(at: column, { PackedArray.integers($0, count: count, of: type) }) else {
                throw ColumnMismatch(name: Self.names[Int(column - first)])
            }
            return values
        }
        timestamp = try integers(Int64.self)
        expiry = try integers(Int32.self)
        strike = try doubles()
        type = try integers(UInt8.self)
        bid = try doubles()
        ask = try doubles()
        last = try doubles()
        settle = try doubles()
        volume = try doubles()
        openInterest = try doubles()
        underlying = try doubles()
        future = try doubles()
        lotSize = try integers(Int32.self)
        referenceIV = try doubles()
        mark = try doubles()
        markRule = try integers(UInt8.self)
        spot = try doubles()
        forward = try doubles()
        timeToExpiry = try doubles()
        rate = try doubles()
        iv = try doubles()
        ivStatus = try integers(UInt8.self)
        delta = try doubles()
        gamma = try doubles()
        theta = try doubles()
        vega = try doubles()
    }

    /// Appends the quotes to `quotes`.
    ///
    /// - Throws: the name of the first column holding a code no enum case has.
    func append(to quotes: inout [PricedQuote]) throws(ColumnMismatch) {
        for i in timestamp.indices {
            guard let optionType = OptionType(rawValue: type[i]) else { throw ColumnMismatch(name: "option_type") }
            guard let rule = MarkRule(rawValue: markRule[i]) else { throw ColumnMismatch(name: "mark_rule") }
            guard let status = IVStatus(rawValue: ivStatus[i]) else { throw ColumnMismatch(name: "iv_status") }
            let quote = OptionQuote(
                timestamp: Timestamp(seconds: timestamp[i]), expiry: Day(daysSinceEpoch: expiry[i]),
                strike: strike[i], type: optionType, bid: bid[i], ask: ask[i], last: last[i], settle: settle[i],
                volume: volume[i], openInterest: openInterest[i], underlying: underlying[i], future: future[i],
                lotSize: lotSize[i], referenceIV: referenceIV[i])
            quotes.append(
                PricedQuote(
                    quote: quote, mark: mark[i], markRule: rule, spot: spot[i], forward: forward[i],
                    timeToExpiry: timeToExpiry[i], rate: rate[i], iv: iv[i], ivStatus: status,
                    delta: delta[i], gamma: gamma[i], theta: theta[i], vega: vega[i]))
        }
    }
}

/// A stored column that does not decode: wrong length or an unknown code.
struct ColumnMismatch: Error {
    var name: String
}
