//! Giving freed memory back to the system after a big job.
//!
//! A load or an extraction allocates and frees a great deal of scratch on
//! several threads. glibc's allocator keeps one arena per thread and returns
//! little of a freed arena to the system by itself, so an app that has loaded
//! a large corpus would keep holding the scratch of the load as long as it
//! runs. [`release_free_memory`] asks the allocator to give back every free
//! page, in every arena.

/// Returns the allocator's free pages to the system (glibc's `malloc_trim`,
/// which walks every arena). A no-op where the allocator is not glibc's.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        #[expect(
            unsafe_code,
            reason = "malloc_trim has no preconditions: it only releases free pages"
        )]
        // SAFETY: `malloc_trim` takes a padding size and touches only the
        // allocator's own free lists; any argument is valid.
        unsafe {
            libc::malloc_trim(0);
        }
    }
}
