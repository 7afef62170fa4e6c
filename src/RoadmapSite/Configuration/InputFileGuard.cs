using System.Runtime.InteropServices;
using System.Text;

namespace RoadmapSite.Configuration;

/// <summary>
/// Reads a content file only when it is an ordinary file of a sane size. A device (<c>/dev/zero</c>) would be read
/// until memory runs out, and a named pipe would block the build until someone writes to it; a roadmap is text.
/// </summary>
internal static class InputFileGuard
{
    /// <summary>The largest content file read, documented in the README: some hundred times the biggest real roadmap.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private const int ChunkBytes = 81_920;

    /// <summary>The file's text (UTF-8, or as its byte order mark says), like <see cref="File.ReadAllText(string)"/>.</summary>
    /// <exception cref="IOException">The file is not a regular file, is larger than <see cref="MaxBytes"/>, or cannot be read.</exception>
    public static string ReadAllText(string file, string display) => ReadAllText(file, display, out _);

    /// <inheritdoc cref="ReadAllText(string, string)"/>
    /// <param name="utf8ByteOrderMark">Whether the file starts with UTF-8's byte order mark (the text does not hold it).</param>
    public static string ReadAllText(string file, string display, out bool utf8ByteOrderMark)
    {
        if (LinuxFileType.IsRegularFile(file) == false)
        {
            throw new IOException($"{display}: not a regular file (a device, pipe or socket); content files must be ordinary Markdown files");
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        if (stream.CanSeek && stream.Length > MaxBytes)
        {
            throw TooLarge(display);
        }

        // Bounded even when the size said otherwise: a file still growing, or one whose size reads 0 (devices, /proc).
        using var bytes = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (bytes.Length + read > MaxBytes)
            {
                throw TooLarge(display);
            }

            bytes.Write(chunk, 0, read);
        }

        utf8ByteOrderMark = bytes.GetBuffer().AsSpan(0, (int)bytes.Length).StartsWith("\uFEFF"u8);
        bytes.Position = 0;
        using var reader = new StreamReader(bytes, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static IOException TooLarge(string display) =>
        new($"{display}: larger than {MaxBytes / (1024 * 1024)} MiB, the most a content file may hold; split it into several files");

    /// <summary>
    /// The file type from Linux's <c>statx</c>, whose buffer layout is the same on every architecture. .NET itself
    /// reports devices and pipes as ordinary files. Elsewhere the answer is "unknown" and the bounded read still
    /// keeps a device from exhausting memory.
    /// </summary>
    private static class LinuxFileType
    {
        private const int CurrentDirectory = -100;
        private const uint ModeField = 0x2;
        private const ushort TypeMask = 0xF000;
        private const ushort RegularFile = 0x8000;

        /// <summary>True or false on Linux (following links, as reading does); null where it cannot be told.</summary>
        public static bool? IsRegularFile(string file)
        {
            if (!OperatingSystem.IsLinux())
            {
                return null;
            }

            try
            {
                return statx(CurrentDirectory, Path.GetFullPath(file), 0, ModeField, out var status) == 0
                    ? (status.Mode & TypeMask) == RegularFile
                    : null;
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
                // A C library without statx (glibc before 2.28): fall back to the bounded read.
                return null;
            }
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

        /// <summary>The head of <c>struct statx</c> up to <c>stx_mode</c>, in a buffer of its full 256 bytes.</summary>
        [StructLayout(LayoutKind.Sequential, Size = 256)]
        private struct StatxBuffer
        {
            public uint Mask;
            public uint BlockSize;
            public ulong Attributes;
            public uint Links;
            public uint Uid;
            public uint Gid;
            public ushort Mode;
        }
    }
}
