import MidasCore

/// The layouts a day's chain file can come in, recognised by their header.
public enum ChainFormat: String, Sendable, CaseIterable {
    /// Midas's own: `timestamp,expiry,strike,option_type,bid,ask,last,volume,open_interest[,underlying][,future]`.
    case canonical
    /// NSE's F&O bhavcopy until July 2024 (`INSTRUMENT,SYMBOL,EXPIRY_DT,…`).
    case legacyBhavcopy = "legacy bhavcopy"
    /// NSE's UDiFF F&O bhavcopy from July 2024 (`TradDt,BizDt,…,FinInstrmTp,…,TckrSymb,…`).
    case udiffBhavcopy = "UDiFF bhavcopy"
    /// A bhavcopy reshaped to one symbol: `date,expiry,strike,opt_type,open,high,low,close,settle,volume,oi,…`.
    case endOfDay = "end-of-day"
    /// NSE's option-chain API snapshot (JSON: `records.timestamp`, `records.data[]` with `CE`/`PE`),
    /// recognised by its first byte `{`, not by a header.
    case nseOptionChainAPI = "NSE option-chain API"
    /// A day folder of NSE option-chain page downloads (one CSV per expiry plus `snapshot.yaml`),
    /// recognised as a folder.
    case nseOptionChainPage = "NSE option-chain page"

    /// The format whose identifying columns the header has; `nil` for none.
    public static func detect(_ header: CSVHeader) -> ChainFormat? {
        if header.contains("timestamp"), header.contains("option_type") { return .canonical }
        if header.contains("INSTRUMENT"), header.contains("EXPIRY_DT") { return .legacyBhavcopy }
        if header.contains("FinInstrmTp"), header.contains("TckrSymb") { return .udiffBhavcopy }
        if header.contains("date"), header.contains("opt_type") { return .endOfDay }
        return nil
    }

    /// Whether quotes of this format carry a bid and an ask.
    public var hasBook: Bool { self == .canonical || self == .nseOptionChainAPI || self == .nseOptionChainPage }
}
