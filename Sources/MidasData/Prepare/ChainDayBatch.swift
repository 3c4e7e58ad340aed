import Foundation
import MidasCore

/// Reads a batch of chain days in parallel; the results come back in the batch's order.
enum ChainDayBatch {
    /// One day's result.
    enum Outcome: Sendable {
        /// Unchanged since the previous store.
        case reused(PreparedFile)
        /// Parsed afresh.
        case parsed(Fingerprint, ChainRead)
    }

    /// Decides and parses every day of `batch`, `jobs` at a time.
    static func process(
        _ batch: [(day: Day, entry: RawLayout.Entry)], symbol: IndexSpec, previous: [String: PreparedFile]?,
        lenient: Bool, jobs: Int
    ) -> [Result<Outcome, any Error>] {
        let results = Results(count: batch.count)
        let workers = min(jobs, batch.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < batch.count {
                let (day, entry) = batch[index]
                results.set(
                    index,
                    Result {
                        switch try FileDecision.make(
                            for: entry, previous: previous?[entry.relativePath], isLenient: lenient)
                        {
                        case .reuse(let record):
                            return .reused(record)
                        case .parse(let bytes, let fingerprint):
                            let read =
                                entry.isFolder
                                ? try NSEPageDownloadReader.read(
                                    FolderBundle.files(bytes), folder: entry.path, symbol: symbol, day: day,
                                    lenient: lenient)
                                : try ChainReader.read(
                                    bytes, file: entry.path, symbol: symbol, day: day, lenient: lenient)
                            return .parsed(fingerprint, read)
                        }
                    })
                index += workers
            }
        }
        return results.values
    }

    /// A batch being read in the background while the previous one is written.
    final class Pending: @unchecked Sendable {
        private let group = DispatchGroup()
        private var outcomes: [Result<Outcome, any Error>] = []

        /// Starts reading `batch` on a background queue.
        init(
            _ batch: [(day: Day, entry: RawLayout.Entry)], symbol: IndexSpec, previous: [String: PreparedFile]?,
            lenient: Bool, jobs: Int
        ) {
            DispatchQueue.global().async(group: group) { [self] in
                outcomes = ChainDayBatch.process(
                    batch, symbol: symbol, previous: previous, lenient: lenient, jobs: jobs)
            }
        }

        /// Waits for the batch and returns its results in order.
        func wait() -> [Result<Outcome, any Error>] {
            group.wait()
            return outcomes
        }
    }

    /// Result slots filled by concurrent workers, each slot by exactly one of them.
    private final class Results: @unchecked Sendable {
        private var slots: [Result<Outcome, any Error>?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result<Outcome, any Error>) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [Result<Outcome, any Error>] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
