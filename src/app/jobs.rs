//! Work off the UI thread: one [`BackgroundJob`] type for loading and for
//! exporting, with progress, and cancelled when dropped (a new load replaces
//! the old one; closing the app stops what is running).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What the work sees of its job: whether to stop, and where to report
/// progress.
#[derive(Debug, Clone)]
pub struct JobControl {
    cancel: Arc<AtomicBool>,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
}

impl JobControl {
    /// Whether the job was cancelled (stop at the next step).
    #[must_use]
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Sets how many steps there are.
    pub fn set_total(&self, n: usize) {
        self.total.store(n.max(1), Ordering::Relaxed);
    }

    /// One more step done.
    pub fn step(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }

    /// All steps done.
    pub fn finish(&self) {
        self.done
            .store(self.total.load(Ordering::Relaxed), Ordering::Relaxed);
    }
}

/// A load's files are its steps, and one more for the extraction.
impl crate::corpus::LoadWatch for JobControl {
    fn files(&self, count: usize) {
        self.set_total(count + 1);
    }

    fn file_read(&self) {
        self.step();
    }

    fn stop(&self) -> bool {
        self.is_cancelled()
    }
}

/// What polling a job gives.
#[derive(Debug)]
pub enum JobPoll<T> {
    /// Still working: the fraction done.
    Running(f32),
    /// Finished with its result.
    Done(T),
    /// Cancelled, or its thread stopped without a result.
    Stopped,
}

/// Work on its own thread; cancelled when dropped.
#[derive(Debug)]
pub struct BackgroundJob<T> {
    control: JobControl,
    rx: Receiver<Option<T>>,
}

impl<T: Send + 'static> BackgroundJob<T> {
    /// Starts `work` on a new thread; `wake` is called when it ends (to ask
    /// for a repaint). `work` returns `None` when it saw the cancel.
    pub fn spawn(
        work: impl FnOnce(&JobControl) -> Option<T> + Send + 'static,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let control = JobControl {
            cancel: Arc::new(AtomicBool::new(false)),
            done: Arc::new(AtomicUsize::new(0)),
            total: Arc::new(AtomicUsize::new(1)),
        };
        let (tx, rx) = channel();
        let c = control.clone();
        std::thread::spawn(move || {
            let result = work(&c);
            // Nobody may be waiting any more (the job was dropped).
            let _ = tx.send(result);
            wake();
        });
        Self { control, rx }
    }

    /// Progress or the result.
    pub fn poll(&self) -> JobPoll<T> {
        match self.rx.try_recv() {
            Ok(Some(t)) => JobPoll::Done(t),
            Ok(None) | Err(TryRecvError::Disconnected) => JobPoll::Stopped,
            Err(TryRecvError::Empty) => {
                let total = self.control.total.load(Ordering::Relaxed).max(1);
                let done = self.control.done.load(Ordering::Relaxed);
                JobPoll::Running((done as f32 / total as f32).min(1.0))
            }
        }
    }

    /// Asks the work to stop.
    pub fn cancel(&self) {
        self.control.cancel.store(true, Ordering::Relaxed);
    }

    /// Waits for the result (tests and benchmarks).
    pub fn wait(self) -> Option<T> {
        self.rx.recv().ok().flatten()
    }
}

impl<T> Drop for BackgroundJob<T> {
    fn drop(&mut self) {
        self.control.cancel.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_job_is_cancelled_and_a_finished_one_gives_its_result() {
        let job = BackgroundJob::spawn(|_| Some(42), || {});
        assert_eq!(job.wait(), Some(42));
        let (seen_tx, seen_rx) = channel();
        let job = BackgroundJob::spawn(
            move |c| {
                while !c.is_cancelled() {
                    std::thread::yield_now();
                }
                let _ = seen_tx.send(());
                None::<()>
            },
            || {},
        );
        drop(job);
        assert!(
            seen_rx
                .recv_timeout(std::time::Duration::from_secs(10))
                .is_ok()
        );
    }
}
