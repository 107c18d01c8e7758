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

/// Large blocks (256 KiB and over) always get pages of their own, given back
/// the moment they are freed.
///
/// glibc raises this threshold by itself each time a large block is freed,
/// after which the big tables of a load (the merger's index, the documents'
/// working text) are carved from the heap, and the small blocks made after
/// them (the events, compacted) scatter over their pages, which then cannot
/// be given back: 15 MB more resident with a dense corpus. A fixed threshold
/// turns that adjustment off. Call it first thing, before other threads
/// start. A no-op where the allocator is not glibc's.
pub fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        #[expect(
            unsafe_code,
            reason = "mallopt only sets an allocator parameter; glibc checks the value"
        )]
        // SAFETY: `mallopt` takes a parameter number and a value and touches
        // only the allocator's own settings; it is called before any other
        // thread exists.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, 256 * 1024);
        }
    }
}
