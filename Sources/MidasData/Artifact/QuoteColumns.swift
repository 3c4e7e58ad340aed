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

    /// The byte width of one value of every column, in ``names`` order.
    static let widths = [
        8, 4, 8, 1, 8, 8, 8, 8, 8, 8, 8, 8, 4, 8, 8, 1, 8, 8, 8, 8, 8, 1, 8, 8, 8, 8,
    ]

    /// Decodes `count` quotes from the BLOB columns of the current row, starting at column `first`, and
    /// appends them to `quotes`: one pass reading SQLite's buffers in place, no intermediate arrays.
    ///
    /// - Throws: the name of the first column whose BLOB does not hold `count` values, or that holds
    ///   a code no enum case has.
    static func append(
        row: Statement, firstColumn first: Int32, count: Int, to quotes: inout [PricedQuote]
    ) throws(ColumnMismatch) {
        let decoded = row.withBlobs(at: first..<first + Int32(names.count)) { blobs -> ColumnMismatch? in
            for (column, blob) in blobs.enumerated() where blob.count != count * widths[column] {
                return ColumnMismatch(name: names[column])
            }
            guard count > 0 else { return nil }
            return decode(Columns(blobs), count: count, into: &quotes)
        }
        if let decoded { throw decoded }
    }

    /// The column buffers of one snapshot, read as little-endian values.
    private struct Columns {
        let blobs: [UnsafeRawBufferPointer]

        init(_ blobs: [UnsafeRawBufferPointer]) { self.blobs = blobs }

        @inline(__always)
        func double(_ column: Int, _ row: Int) -> Double {
            Double(
                bitPattern: UInt64(littleEndian: blobs[column].loadUnaligned(fromByteOffset: row * 8, as: UInt64.self)))
        }

        @inline(__always)
        func int64(_ column: Int, _ row: Int) -> Int64 {
            Int64(littleEndian: blobs[column].loadUnaligned(fromByteOffset: row * 8, as: Int64.self))
        }

        @inline(__always)
        func int32(_ column: Int, _ row: Int) -> Int32 {
            Int32(littleEndian: blobs[column].loadUnaligned(fromByteOffset: row * 4, as: Int32.self))
        }

        @inline(__always)
        func byte(_ column: Int, _ row: Int) -> UInt8 { blobs[column][row] }
    }

    /// Appends `count` quotes decoded from `columns`; the mismatching column, if any.
    private static func decode(_ c: Columns, count: Int, into quotes: inout [PricedQuote]) -> ColumnMismatch? {
        for i in 0..<count {
            guard let optionType = OptionType(rawValue: c.byte(3, i)) else {
                return ColumnMismatch(name: "option_type")
            }
            guard let rule = MarkRule(rawValue: c.byte(15, i)) else { return ColumnMismatch(name: "mark_rule") }
            guard let status = IVStatus(rawValue: c.byte(21, i)) else { return ColumnMismatch(name: "iv_status") }
            let quote = OptionQuote(
                timestamp: Timestamp(seconds: c.int64(0, i)), expiry: Day(daysSinceEpoch: c.int32(1, i)),
                strike: c.double(2, i), type: optionType, bid: c.double(4, i), ask: c.double(5, i),
                last: c.double(6, i), settle: c.double(7, i), volume: c.double(8, i), openInterest: c.double(9, i),
                underlying: c.double(10, i), future: c.double(11, i), lotSize: c.int32(12, i),
                referenceIV: c.double(13, i))
            quotes.append(
                PricedQuote(
                    quote: quote, mark: c.double(14, i), markRule: rule, spot: c.double(16, i),
                    forward: c.double(17, i), timeToExpiry: c.double(18, i), rate: c.double(19, i),
                    iv: c.double(20, i), ivStatus: status, delta: c.double(22, i), gamma: c.double(23, i),
                    theta: c.double(24, i), vega: c.double(25, i)))
        }
        return nil
    }
}

/// A stored column that does not decode: wrong length or an unknown code.
struct ColumnMismatch: Error {
    var name: String
}
