import Foundation
import MidasCore

/// Reads a snapshot from NSE's option-chain API (`chain/<YYYY-MM-DD>.json`): `records.timestamp`
/// (`24-Mar-2022 15:30:00`, IST) and `records.data[]`, one entry per strike and expiry with `CE`
/// and `PE` objects carrying `strikePrice`, `expiryDate`, `lastPrice`, `bidprice`, `askPrice`,
/// `bidQty`, `askQty`, `totalTradedVolume`, `openInterest`, `impliedVolatility` (percent) and
/// `underlyingValue`.
///
/// NSE's implied volatility is kept as the quote's `referenceIV` (a fraction; NaN when NSE shows 0).
/// A zero bid, ask or last price means none. The checks are the CSV formats': a time on the file's
/// day, strikes on the symbol's grid, expiries not before the day, bid ≤ ask, no key twice.
enum NSEOptionChainReader {
    /// Whether the bytes hold JSON (first non-blank byte `{`) rather than CSV.
    static func isJSON(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "{")
    }

    static func read(_ bytes: [UInt8], file: String, symbol: IndexSpec, day: Day?, lenient: Bool) throws -> ChainRead {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw InputError(.unknownFormat, file: file, detail: "not valid JSON: \(error.localizedDescription)")
        }
        guard let records = (root as? [String: Any])?["records"] as? [String: Any],
            let entries = records["data"] as? [[String: Any]]
        else {
            throw InputError(
                .unknownFormat, file: file, field: "records.data",
                detail: "expected NSE's option-chain API JSON (records.timestamp, records.data[])")
        }
        guard let stamp = records["timestamp"] as? String, let timestamp = timestamp(stamp) else {
            throw InputError(
                .badDate, file: file, field: "records.timestamp",
                detail: "'\(records["timestamp"] ?? "")', expected DD-Mon-YYYY HH:MM:SS (IST)")
        }
        if let day, timestamp.istDay != day {
            throw InputError(
                .badDate, file: file, field: "records.timestamp", detail: "\(timestamp) is not on the file's day \(day)"
            )
        }
        let spot = number(records["underlyingValue"])
        var quotes: [OptionQuote] = []
        var skips = RowSkips()
        for (position, entry) in entries.enumerated() {
            for type in [OptionType.call, .put] {
                guard let leg = entry[type.description] as? [String: Any] else { continue }
                let path = "records.data[\(position)].\(type)"
                do {
                    quotes.append(try quote(leg, type: type, at: timestamp, spot: spot, symbol: symbol, path, file))
                } catch let error as InputError where lenient {
                    skips.record(error)
                }
            }
        }
        quotes.sort(by: ChainReader.precedes)
        var kept: [OptionQuote] = []
        for quote in quotes {
            if let previous = kept.last, ChainReader.sameKey(previous, quote) {
                let error = InputError(
                    .duplicate, file: file, field: "strikePrice",
                    detail: "\(quote.expiry) \(quote.strike) \(quote.type) appears twice")
                guard lenient else { throw error }
                skips.record(error)
                continue
            }
            kept.append(quote)
        }
        if kept.isEmpty {
            throw InputError(.emptyFile, file: file, detail: entries.isEmpty ? "no data rows" : "every row was skipped")
        }
        return ChainRead(format: .nseOptionChainAPI, quotes: kept, skips: skips)
    }

    private static func quote(
        _ leg: [String: Any], type: OptionType, at timestamp: Timestamp, spot: Double, symbol: IndexSpec,
        _ path: String, _ file: String
    ) throws -> OptionQuote {
        func fail(_ reason: InputError.Reason, _ field: String, _ detail: String) -> InputError {
            InputError(reason, file: file, field: "\(path).\(field)", detail: detail)
        }
        let strike = number(leg["strikePrice"])
        guard strike > 0 else { throw fail(.nonPositivePrice, "strikePrice", "'\(leg["strikePrice"] ?? "")'") }
        guard let expiryText = leg["expiryDate"] as? String,
            let expiry = CSVField.day(fromText: expiryText)
        else { throw fail(.badDate, "expiryDate", "'\(leg["expiryDate"] ?? "")', expected DD-Mon-YYYY") }
        if !symbol.isOnGrid(strike) {
            throw fail(
                .offGrid, "strikePrice", "\(strike) is not a multiple of \(symbol.strikeStep) (\(symbol.symbol))")
        }
        if expiry < timestamp.istDay {
            throw fail(.expiryBeforeQuote, "expiryDate", "expiry \(expiry) before \(timestamp)")
        }
        var values: [String: Double] = [:]
        for field in ["bidprice", "askPrice", "lastPrice", "totalTradedVolume", "openInterest", "impliedVolatility"] {
            let value = number(leg[field])
            if value.isNaN, leg[field] != nil { throw fail(.badNumber, field, "'\(leg[field]!)'") }
            if value < 0 { throw fail(.badValue, field, "\(value) is negative") }
            values[field] = value
        }
        let bid = values["bidprice"]!
        let ask = values["askPrice"]!
        if bid > 0, ask > 0, bid > ask { throw fail(.bidAboveAsk, "bidprice", "bid \(bid) > ask \(ask)") }
        let underlying = number(leg["underlyingValue"])
        let iv = values["impliedVolatility"]!
        return OptionQuote(
            timestamp: timestamp, expiry: expiry, strike: strike, type: type, bid: bid > 0 ? bid : .nan,
            ask: ask > 0 ? ask : .nan, last: values["lastPrice"]! > 0 ? values["lastPrice"]! : .nan,
            volume: values["totalTradedVolume"].flatMap { $0.isNaN ? 0 : $0 } ?? 0,
            openInterest: values["openInterest"].flatMap { $0.isNaN ? 0 : $0 } ?? 0,
            underlying: underlying > 0 ? underlying : spot, referenceIV: iv > 0 ? iv / 100 : .nan)
    }

    /// A JSON number (or numeric string) as a double; NaN when absent or not a number.
    private static func number(_ value: Any?) -> Double {
        switch value {
        case let number as NSNumber: return number.doubleValue
        case let text as String: return Double(text) ?? .nan
        default: return .nan
        }
    }

    /// `24-Mar-2022 15:30:00` (IST) as an instant.
    static func timestamp(_ text: String) -> Timestamp? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let day = CSVField.day(fromText: String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2, clock.count <= 3, clock[0] < 24, clock[1] < 60 else { return nil }
        let seconds = clock.count == 3 ? clock[2] : 0
        return Timestamp(day: day, hour: clock[0], minute: clock[1]).adding(seconds: Int64(seconds))
    }
}

extension CSVField {
    /// Parses `DD-Mon-YYYY` held in a string (JSON values, file names).
    static func day(fromText text: String) -> Day? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            CSVField(bytes: UnsafeBufferPointer(buffer)).dayMonthNameYear()
        }
    }
}
