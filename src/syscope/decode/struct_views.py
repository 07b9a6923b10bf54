"""How structures print, as strace 6.1 prints them: per view, the C type, the header that
defines it and the fields in print order with their kind.  Pure data: tools/gen_structs.py
reads it to measure the layouts (abi/_structs.py), decode/structs.py prints from both.

Field kinds: u / d (decimal, unsigned / signed), n (decimal, the C type's signedness),
x (%#x), ptr (NULL or the address), flags:TABLE:DFLT (printflags), xval:TABLE:DFLT
(printxval), str (a char array up to its NUL), bytes (a byte array as a string),
struct:VIEW (a nested structure), array:KIND (a fixed array of KIND), tail:VIEW:COUNT
(the array of VIEW after the structure, as many as its field COUNT says), tailbuf:COUNT
(COUNT bytes after the structure, as a string).
A field named "..." ends the abbreviated form: without -v the rest prints as "...".
A field name with dots (u.a.b) prints as its last part.
"""

STRUCTS = {
    "rand_pool_info": ("struct rand_pool_info", "linux/random.h", (
        ("entropy_count", "d"), ("buf_size", "d"), ("buf", "tailbuf:buf_size"))),
    # file systems ('X', 'f')
    "fstrim_range": ("struct fstrim_range", "linux/fs.h", (
        ("start", "x"), ("len", "u"), ("minlen", "u"))),
    "fsxattr_set": ("struct fsxattr", "linux/fs.h", (
        ("fsx_xflags", "flags:fs_xflags:FS_XFLAG_???"), ("fsx_extsize", "u"),
        ("fsx_projid", "x"), ("fsx_cowextsize", "u"))),
    "fsxattr": ("struct fsxattr", "linux/fs.h", (
        ("fsx_xflags", "flags:fs_xflags:FS_XFLAG_???"), ("fsx_extsize", "u"),
        ("fsx_nextents", "u"), ("fsx_projid", "x"), ("fsx_cowextsize", "u"))),
    "fiemap": ("struct fiemap", "linux/fiemap.h", (
        ("fm_start", "u"), ("fm_length", "u"), ("fm_flags", "flags:fiemap_flags:FIEMAP_FLAG_???"),
        ("fm_extent_count", "u"))),
    "fiemap_out": ("struct fiemap", "linux/fiemap.h", (
        ("fm_flags", "flags:fiemap_flags:FIEMAP_FLAG_???"), ("fm_mapped_extents", "u"),
        ("...", ""), ("fm_extents", "tail:fiemap_extent:fm_mapped_extents"))),
    "fiemap_extent": ("struct fiemap_extent", "linux/fiemap.h", (
        ("fe_logical", "u"), ("fe_physical", "u"), ("fe_length", "u"),
        ("fe_flags", "flags:fiemap_extent_flags:FIEMAP_EXTENT_???"))),
    "file_clone_range": ("struct file_clone_range", "linux/fs.h", (
        ("src_fd", "fd"), ("src_offset", "u"), ("src_length", "u"), ("dest_offset", "u"))),
}
