/// The first divergence between two CSV files' records (header first), field by field.
enum TableComparison {
    /// `nil` when both have the same header and the same number of rows with matching fields.
    static func firstDivergence(
        _ first: [[String]], _ second: [[String]], tolerance: Tolerance
    ) -> FileDifference.Divergence? {
        let firstHeader = first.first ?? []
        let secondHeader = second.first ?? []
        if firstHeader != secondHeader {
            let position = zip(firstHeader, secondHeader).prefix { $0 == $1 }.count
            return .header(
                position: position + 1, first: firstHeader.element(at: position),
                second: secondHeader.element(at: position))
        }
        for row in 1..<max(first.count, second.count, 1) {
            guard row < first.count else { return .rowOnlyIn(.second, row: row) }
            guard row < second.count else { return .rowOnlyIn(.first, row: row) }
            let firstRow = first[row]
            let secondRow = second[row]
            for column in 0..<max(firstRow.count, secondRow.count) {
                let firstField = firstRow.element(at: column)
                let secondField = secondRow.element(at: column)
                let isEqual: Bool
                if let firstField, let secondField {
                    isEqual = tolerance.matches(firstField, secondField)
                } else {
                    isEqual = false
                }
                if !isEqual {
                    let name = firstHeader.element(at: column) ?? "#\(column + 1)"
                    return .field(row: row, column: name, first: firstField, second: secondField)
                }
            }
        }
        return nil
    }
}

extension Array {
    /// The element at `index`, or `nil` past the end.
    fileprivate func element(at index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
