//! Work on a second thread, where the machine gives one.

use std::thread::{Builder, Scope};

/// Starts `job` on a thread of `scope` and returns what waits for its result. Where no
/// thread can be had, the wait runs the job on the calling thread instead: `job` is
/// `Copy` so that a failed spawn does not take it away. A panic in the job is resumed
/// in the caller.
pub(crate) fn start<'scope, T: Send + 'scope>(
    scope: &'scope Scope<'scope, '_>,
    job: impl FnOnce() -> T + Send + Copy + 'scope,
) -> impl FnOnce() -> T + 'scope {
    let worker = Builder::new().spawn_scoped(scope, job).ok();
    move || match worker {
        Some(worker) => worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        None => job(),
    }
}
