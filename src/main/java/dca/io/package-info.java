/**
 * File plumbing every package that touches files uses: {@link dca.io.AtomicWrite} (temp file,
 * fsync, rename, directory fsync) for every file dca writes, and {@link dca.io.Utf8}, the strict
 * decoder for every text file it reads. Depends on no other dca package.
 */
package dca.io;
