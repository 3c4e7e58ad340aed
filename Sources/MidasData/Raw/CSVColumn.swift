/// A column a raw reader uses: its name, for messages, and its position, `nil` when the file lacks
/// an optional column.
struct CSVColumn {
    let name: String
    let index: Int?
}
