import MidasCore

/// Turns one record of a chain file of some format into a quote.
///
/// A parser resolves its columns from the header once; per row it returns the quote, `nil` for
/// a row that belongs to another instrument (bhavcopies hold every symbol), or throws.
protocol ChainRowParser {
    /// Resolves the columns; throws `missingColumn`.
    init(scanner: CSVScanner, symbol: IndexSpec) throws
    /// The quote of the current record, or `nil` when the row is filtered out.
    func quote(in scanner: CSVScanner) throws -> OptionQuote?
    /// The columns the shared checks name in their errors.
    var timeColumn: CSVColumn { get }
    var expiryColumn: CSVColumn { get }
    var strikeColumn: CSVColumn { get }
}

/// `timestamp,expiry,strike,option_type,bid,ask,last,volume,open_interest[,underlying][,future]`.
struct CanonicalChainParser: ChainRowParser {
    let timeColumn: CSVColumn
    let expiryColumn: CSVColumn
    let strikeColumn: CSVColumn
    let type: CSVColumn
    let bid: CSVColumn
    let ask: CSVColumn
    let last: CSVColumn
    let volume: CSVColumn
    let openInterest: CSVColumn
    let underlying: CSVColumn
    let future: CSVColumn

    init(scanner: CSVScanner, symbol: IndexSpec) throws {
        timeColumn = try scanner.column("timestamp")
        expiryColumn = try scanner.column("expiry")
        strikeColumn = try scanner.column("strike")
        type = try scanner.column("option_type")
        bid = try scanner.column("bid")
        ask = try scanner.column("ask")
        last = try scanner.column("last")
        volume = try scanner.column("volume")
        openInterest = try scanner.column("open_interest")
        underlying = scanner.optionalColumn("underlying")
        future = scanner.optionalColumn("future")
    }

    func quote(in scanner: CSVScanner) throws -> OptionQuote? {
        OptionQuote(
            timestamp: try scanner.timestamp(timeColumn), expiry: try scanner.day(expiryColumn),
            strike: try scanner.price(strikeColumn), type: try scanner.optionType(type),
            bid: try scanner.optionalPrice(bid, allowZero: true), ask: try scanner.optionalPrice(ask, allowZero: true),
            last: try scanner.optionalPrice(last, allowZero: true), volume: try scanner.count(volume),
            openInterest: try scanner.count(openInterest),
            underlying: try scanner.optionalPrice(underlying, allowZero: false),
            future: try scanner.optionalPrice(future, allowZero: false))
    }
}

/// NSE's legacy F&O bhavcopy: `OPTIDX` rows of the symbol; close → last, `SETTLE_PR` → settle,
/// `CONTRACTS` → volume, `OPEN_INT` → open interest, stamped 15:30 IST of `TIMESTAMP`.
struct LegacyBhavcopyParser: ChainRowParser {
    let symbol: String
    let instrument: CSVColumn
    let symbolColumn: CSVColumn
    let timeColumn: CSVColumn
    let expiryColumn: CSVColumn
    let strikeColumn: CSVColumn
    let type: CSVColumn
    let close: CSVColumn
    let settle: CSVColumn
    let contracts: CSVColumn
    let openInterest: CSVColumn

    init(scanner: CSVScanner, symbol: IndexSpec) throws {
        self.symbol = symbol.symbol
        instrument = try scanner.column("INSTRUMENT")
        symbolColumn = try scanner.column("SYMBOL")
        timeColumn = try scanner.column("TIMESTAMP")
        expiryColumn = try scanner.column("EXPIRY_DT")
        strikeColumn = try scanner.column("STRIKE_PR")
        type = try scanner.column("OPTION_TYP")
        close = try scanner.column("CLOSE")
        settle = try scanner.column("SETTLE_PR")
        contracts = try scanner.column("CONTRACTS")
        openInterest = try scanner.column("OPEN_INT")
    }

    func quote(in scanner: CSVScanner) throws -> OptionQuote? {
        guard scanner.field(instrument.index!).matches("OPTIDX"), scanner.field(symbolColumn.index!).matches(symbol)
        else { return nil }
        return OptionQuote(
            timestamp: Timestamp(day: try scanner.day(timeColumn), hour: 15, minute: 30),
            expiry: try scanner.day(expiryColumn), strike: try scanner.price(strikeColumn),
            type: try scanner.optionType(type), last: try scanner.optionalPrice(close, allowZero: true),
            settle: try scanner.optionalPrice(settle, allowZero: true), volume: try scanner.count(contracts),
            openInterest: try scanner.count(openInterest))
    }
}

/// NSE's UDiFF F&O bhavcopy: `IDO` rows of the symbol; the actual expiry `FininstrmActlXpryDt`
/// (else `XpryDt`), close → last, `SttlmPric` → settle, `UndrlygPric` → underlying, lot from
/// `NewBrdLotQty`, stamped 15:30 IST of `TradDt`.
struct UDiFFBhavcopyParser: ChainRowParser {
    let symbol: String
    let instrumentType: CSVColumn
    let ticker: CSVColumn
    let timeColumn: CSVColumn
    let expiryColumn: CSVColumn
    let listedExpiry: CSVColumn
    let strikeColumn: CSVColumn
    let type: CSVColumn
    let close: CSVColumn
    let settle: CSVColumn
    let volume: CSVColumn
    let openInterest: CSVColumn
    let underlying: CSVColumn
    let lot: CSVColumn

    init(scanner: CSVScanner, symbol: IndexSpec) throws {
        self.symbol = symbol.symbol
        instrumentType = try scanner.column("FinInstrmTp")
        ticker = try scanner.column("TckrSymb")
        timeColumn = try scanner.column("TradDt")
        listedExpiry = try scanner.column("XpryDt")
        expiryColumn = scanner.optionalColumn("FininstrmActlXpryDt")
        strikeColumn = try scanner.column("StrkPric")
        type = try scanner.column("OptnTp")
        close = try scanner.column("ClsPric")
        settle = try scanner.column("SttlmPric")
        volume = try scanner.column("TtlTradgVol")
        openInterest = try scanner.column("OpnIntrst")
        underlying = scanner.optionalColumn("UndrlygPric")
        lot = scanner.optionalColumn("NewBrdLotQty")
    }

    func quote(in scanner: CSVScanner) throws -> OptionQuote? {
        guard scanner.field(instrumentType.index!).matches("IDO"), scanner.field(ticker.index!).matches(symbol)
        else { return nil }
        let hasActualExpiry = expiryColumn.index.map { !scanner.field($0).isEmpty } ?? false
        let expiry = try scanner.day(hasActualExpiry ? expiryColumn : listedExpiry)
        var lotSize: Int32 = 0
        if let index = lot.index, !scanner.field(index).isEmpty {
            guard let value = scanner.field(index).integer(), value > 0, value <= Int(Int32.max) else {
                throw scanner.rowError(.badNumber, lot, "\(scanner.quoted(lot)), expected a positive whole number")
            }
            lotSize = Int32(value)
        }
        return OptionQuote(
            timestamp: Timestamp(day: try scanner.day(timeColumn), hour: 15, minute: 30), expiry: expiry,
            strike: try scanner.price(strikeColumn), type: try scanner.optionType(type),
            last: try scanner.optionalPrice(close, allowZero: true),
            settle: try scanner.optionalPrice(settle, allowZero: true), volume: try scanner.count(volume),
            openInterest: try scanner.count(openInterest),
            underlying: try scanner.optionalPrice(underlying, allowZero: false), lotSize: lotSize)
    }
}

/// A bhavcopy reshaped to one symbol: `date,expiry,strike,opt_type,…,close,settle,volume,oi,…,underlying`.
struct EndOfDayChainParser: ChainRowParser {
    let timeColumn: CSVColumn
    let expiryColumn: CSVColumn
    let strikeColumn: CSVColumn
    let type: CSVColumn
    let close: CSVColumn
    let settle: CSVColumn
    let volume: CSVColumn
    let openInterest: CSVColumn
    let underlying: CSVColumn

    init(scanner: CSVScanner, symbol: IndexSpec) throws {
        timeColumn = try scanner.column("date")
        expiryColumn = try scanner.column("expiry")
        strikeColumn = try scanner.column("strike")
        type = try scanner.column("opt_type")
        close = try scanner.column("close")
        settle = try scanner.column("settle")
        volume = try scanner.column("volume")
        openInterest = try scanner.column("oi")
        underlying = scanner.optionalColumn("underlying")
    }

    func quote(in scanner: CSVScanner) throws -> OptionQuote? {
        OptionQuote(
            timestamp: Timestamp(day: try scanner.day(timeColumn), hour: 15, minute: 30),
            expiry: try scanner.day(expiryColumn), strike: try scanner.price(strikeColumn),
            type: try scanner.optionType(type), last: try scanner.optionalPrice(close, allowZero: true),
            settle: try scanner.optionalPrice(settle, allowZero: true), volume: try scanner.count(volume),
            openInterest: try scanner.count(openInterest),
            underlying: try scanner.optionalPrice(underlying, allowZero: false))
    }
}
