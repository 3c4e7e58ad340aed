extension Double {
    /// A number as decision details write it: shortest round-trip, without a trailing `.0`.
    var detailText: String {
        if self == 0 { return "0" }
        let text = description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
