import Foundation
import MidasCore

/// `midas iv`: implied volatility and greeks for every row of a CSV file, with the pricing code
/// the pipeline uses (`ImpliedVolatility`, `Black76.greeks`, `TimeToExpiry`).
///
/// Input columns (any order, more allowed and passed through):
/// `underlying,strike,option_type,expiry,at,price,rate`, optional `dividend_yield` (default 0)
/// and `forward` (default underlying·e^((rate − dividend_yield)·T)). `at` is ISO 8601 with an
/// offset, or a plain date meaning 15:30 IST; T runs to 15:30 IST on `expiry` in calendar days
/// / 365. The price is the option's discounted price; the model is Black-76 on the forward
/// with discount e^(−rate·T), which with no `forward` column is Black–Scholes on the underlying.
///
/// Output: the input columns as read, then `iv,delta,gamma,theta,vega,status`: iv as a
/// fraction, delta and gamma with respect to the underlying, theta per calendar day, vega per
/// vol point; empty numbers and a status other than `ok` when no volatility reproduces the
/// price (an empty or zero price is `no_price`, a row at or after its expiry instant `expired`).
/// A malformed row is an `InputError` naming the file, line and column.
public enum IVBatch {
    /// The columns every input must have.
    public static let requiredColumns = ["underlying", "strike", "option_type", "expiry", "at", "price", "rate"]
    /// The columns added to the output.
    public static let outputColumns = ["iv", "delta", "gamma", "theta", "vega", "status"]

    /// One solved row.
    public struct Row: Sendable, Equatable {
        /// The implied volatility (fraction); NaN unless `status == .ok`.
        public var iv: Double
        /// The greeks at `iv`; NaN unless `status == .ok`.
        public var greeks: Greeks
        /// The solve's outcome.
        public var status: IVStatus
    }

    /// Reads the CSV at `url` and returns the output CSV text.
    public static func run(contentsOf url: URL) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError(.missingFile, file: url.path, detail: "cannot read the file")
        }
        return try run(data, file: url.path)
    }

    /// Solves every row of a CSV file's bytes; `file` names it in errors.
    public static func run(_ data: Data, file: String) throws -> String {
        try data.withUnsafeBytes { raw in
            try run(bytes: raw.bindMemory(to: UInt8.self), file: file)
        }
    }

    static func run(bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> String {
        var scanner = try CSVScanner(bytes: bytes, file: file)
        let header = scanner.header
        let columns = try requiredColumns.map { try header.require($0, file: file) }
        let dividendColumn = header.index(of: "dividend_yield")
        let forwardColumn = header.index(of: "forward")
        var out = (header.names.prefix(header.requiredFieldCount) + outputColumns).map(quoted).joined(separator: ",")
        out += "\n"
        var reader = RowReader(file: file)
        while scanner.next() {
            reader.line = scanner.line
            if scanner.isTruncated {
                throw InputError(
                    .truncatedLine, file: file, line: scanner.line, detail: "the file ends inside this row")
            }
            guard scanner.isComplete else {
                throw InputError(
                    .badValue, file: file, line: scanner.line,
                    detail: "the row has \(scanner.fieldCount) fields, the header \(header.requiredFieldCount)")
            }
            func field(_ position: Int) -> (name: String, value: CSVField) {
                (header.names[position], scanner.field(position))
            }
            let underlying = try reader.positive(field(columns[0]))
            let strike = try reader.positive(field(columns[1]))
            let type = try reader.optionType(field(columns[2]))
            let expiry = try reader.day(field(columns[3]))
            let at = try reader.timestamp(field(columns[4]))
            let price = try reader.price(field(columns[5]))
            let rate = try reader.number(field(columns[6]))
            let dividendYield = try dividendColumn.map { try reader.optionalNumber(field($0)) } ?? .nan
            let forward = try forwardColumn.map { try reader.optionalNumber(field($0)) } ?? .nan
            if forward <= 0 {
                throw InputError(
                    .nonPositivePrice, file: file, line: scanner.line, field: "forward", detail: "\(forward)")
            }
            if expiry < at.istDay {
                throw InputError(
                    .expiryBeforeQuote, file: file, line: scanner.line, field: "expiry",
                    detail: "\(expiry) is before \(at)")
            }
            let row = solve(
                underlying: underlying, strike: strike, type: type, expiry: expiry, at: at, price: price, rate: rate,
                dividendYield: dividendYield.isNaN ? 0 : dividendYield, forward: forward)
            for position in 0..<header.requiredFieldCount {
                out += quoted(scanner.field(position).string)
                out += ","
            }
            for value in [row.iv, row.greeks.delta, row.greeks.gamma, row.greeks.theta, row.greeks.vega] {
                if value.isFinite { out += value.shortestText }
                out += ","
            }
            out += row.status.description
            out += "\n"
        }
        return out
    }

    /// The implied volatility and greeks of one option price.
    ///
    /// - Parameters:
    ///   - forward: the forward for the expiry; NaN to derive it from the underlying.
    public static func solve(
        underlying: Double, strike: Double, type: OptionType, expiry: Day, at: Timestamp, price: Double,
        rate: Double, dividendYield: Double, forward: Double
    ) -> Row {
        let time = TimeToExpiry.years(from: at, expiry: expiry)
        let carryTime = max(time, 0)
        let forward =
            forward.isNaN
            ? Black76.forward(spot: underlying, rate: rate, dividendYield: dividendYield, time: carryTime) : forward
        let discount = exp(-rate * carryTime)
        let solution = ImpliedVolatility.solve(
            price: price.isNaN ? 0 : price, forward: forward, strike: strike, time: time, discount: discount, type: type
        )
        guard solution.status == .ok else { return Row(iv: .nan, greeks: .missing, status: solution.status) }
        let greeks = Black76.greeks(
            spot: underlying, forward: forward, strike: strike, time: time, volatility: solution.vol,
            discount: discount, type: type)
        return Row(iv: solution.vol, greeks: greeks, status: .ok)
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Typed reading of one `midas iv` row's fields, each failure an `InputError` at file, line, column.
private struct RowReader {
    let file: String
    var line = 0

    func error(_ reason: InputError.Reason, _ name: String, _ value: CSVField, _ expected: String = "") -> InputError {
        let shown = "'\(value.string)'" + (expected.isEmpty ? "" : ", expected \(expected)")
        return InputError(reason, file: file, line: line, field: name, detail: shown)
    }

    func optionalNumber(_ field: (name: String, value: CSVField)) throws -> Double {
        switch field.value.number() {
        case .value(let number): return number
        case .missing: return .nan
        case .notFinite: throw error(.notFinite, field.name, field.value)
        case .invalid: throw error(.badNumber, field.name, field.value)
        }
    }

    func number(_ field: (name: String, value: CSVField)) throws -> Double {
        let value = try optionalNumber(field)
        if value.isNaN { throw error(.badNumber, field.name, field.value, "a number") }
        return value
    }

    func positive(_ field: (name: String, value: CSVField)) throws -> Double {
        let value = try number(field)
        if value <= 0 { throw error(.nonPositivePrice, field.name, field.value) }
        return value
    }

    /// The option price: empty or zero is a row without a price (status `no_price`), negative an error.
    func price(_ field: (name: String, value: CSVField)) throws -> Double {
        let value = try optionalNumber(field)
        if value < 0 { throw error(.nonPositivePrice, field.name, field.value) }
        return value
    }

    func optionType(_ field: (name: String, value: CSVField)) throws -> OptionType {
        guard let type = field.value.optionType() else {
            throw error(.badOptionType, field.name, field.value, "CE or PE")
        }
        return type
    }

    func day(_ field: (name: String, value: CSVField)) throws -> Day {
        guard let day = field.value.isoDay() else { throw error(.badDate, field.name, field.value, "YYYY-MM-DD") }
        return day
    }

    func timestamp(_ field: (name: String, value: CSVField)) throws -> Timestamp {
        guard let at = field.value.timestamp() else {
            throw error(.badDate, field.name, field.value, "ISO 8601 with an offset, or YYYY-MM-DD")
        }
        return at
    }
}
