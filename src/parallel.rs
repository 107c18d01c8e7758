//! Work spread over the machine's cores with scoped threads, the results in
//! the order of the input, so that the output does not depend on the
//! number of cores.

use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Threads the work may use; 0 means one per core.
static THREADS: AtomicUsize = AtomicUsize::new(0);

/// Sets how many threads [`map_ordered`] and [`for_each_ordered`] use from
/// now on (the command line's `--threads`); 0 means one per core. The output
/// is the same whatever the number.
pub fn set_threads(n: usize) {
    THREADS.store(n, Ordering::Relaxed);
}

/// How many threads the work uses: what [`set_threads`] set, else the cores.
#[must_use]
pub fn threads() -> usize {
    match THREADS.load(Ordering::Relaxed) {
        0 => std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
        n => n,
    }
}

/// `f` of every item, computed on up to [`threads`] threads
/// (each takes the next item when it is free), returned in input order.
///
/// ```
/// let squares = gahnama::parallel::map_ordered(&[1, 2, 3, 4], |x| x * x);
/// assert_eq!(squares, [1, 4, 9, 16]);
/// ```
pub fn map_ordered<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = threads().min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        for w in workers {
            match w.join() {
                Ok(done) => {
                    for (i, r) in done {
                        slots[i] = Some(r);
                    }
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    slots
        .into_iter()
        .map(|r| r.expect("every item is taken by exactly one worker"))
        .collect()
}

/// `f` of every item, computed as [`map_ordered`] does, each result handed to
/// `consume` on the calling thread in input order as soon as it and all
/// before it are done: only the results waiting for an earlier one are held.
/// While `consume` is busy, at most two results a thread queue up before the
/// workers wait for it, so a slow consumer (output piped to a slow program)
/// never has the whole output made ahead of it.
///
/// ```
/// let mut sum = Vec::new();
/// gahnama::parallel::for_each_ordered(&[1, 2, 3, 4], |x| x * x, |r| sum.push(r));
/// assert_eq!(sum, [1, 4, 9, 16]);
/// ```
pub fn for_each_ordered<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(R),
) {
    let threads = threads().min(items.len());
    if threads <= 1 {
        items.iter().map(f).for_each(consume);
        return;
    }
    let next = AtomicUsize::new(0);
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, R)>(2 * threads);
    std::thread::scope(|s| {
        let f = &f;
        let next = &next;
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let tx = tx.clone();
                s.spawn(move || {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        if tx.send((i, f(item))).is_err() {
                            break;
                        }
                    }
                })
            })
            .collect();
        drop(tx);
        let mut waiting: BTreeMap<usize, R> = BTreeMap::new();
        let mut due = 0;
        // Ends when every worker has finished (or stopped by a panic).
        for (i, r) in rx {
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&due) {
                consume(r);
                due += 1;
            }
        }
        for w in workers {
            if let Err(panic) = w.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Work that takes longer for early items, so that later ones finish first.
    fn uneven(x: &u64) -> u64 {
        let rounds = (1000 - x) * 50;
        (0..rounds).fold(*x, |a, k| {
            a.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(k)
        })
    }

    #[test]
    fn results_are_consumed_in_input_order_whatever_finishes_first() {
        let items: Vec<u64> = (0..1000).collect();
        let expected: Vec<u64> = items.iter().map(uneven).collect();
        let mut got = Vec::new();
        for_each_ordered(&items, uneven, |r| got.push(r));
        assert_eq!(got, expected);
        assert_eq!(map_ordered(&items, uneven), expected);
        let mut none = Vec::new();
        for_each_ordered(&[] as &[u64], uneven, |r| none.push(r));
        assert!(none.is_empty());
    }

    #[test]
    fn a_slow_consumer_holds_the_workers_back() {
        let items: Vec<u64> = (0..1000).collect();
        let made = AtomicUsize::new(0);
        let (mut consumed, mut most_made_while_asleep) = (0, 0);
        for_each_ordered(
            &items,
            |x| {
                made.fetch_add(1, Ordering::SeqCst);
                // Some work, so that the consumer's sleep is long beside it.
                (0..20_000u64).fold(*x, |a, k| std::hint::black_box(a ^ k))
            },
            |_| {
                if consumed % 100 == 0 {
                    let before = made.load(Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    let during = made.load(Ordering::SeqCst) - before;
                    most_made_while_asleep = most_made_while_asleep.max(during);
                }
                consumed += 1;
            },
        );
        assert_eq!(consumed, items.len());
        // While nothing is taken from the queue, the workers fill its two
        // places a thread and each makes one more: never the hundreds an
        // unbounded queue takes in 20 ms.
        let threads = threads().min(items.len());
        let bound = if threads <= 1 { 0 } else { 3 * threads };
        assert!(
            most_made_while_asleep <= bound,
            "{most_made_while_asleep} made while the consumer slept"
        );
    }
}
