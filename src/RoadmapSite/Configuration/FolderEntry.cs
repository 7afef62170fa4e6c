namespace RoadmapSite.Configuration;

/// <summary>
/// A path below a <see cref="ContainedFolder"/>'s root: <see cref="RelativePath"/> below the root ('/'
/// separators), <see cref="FullPath"/> the file below the root (as the author sees it, links not followed), safe to
/// read when <see cref="Status"/> is <see cref="FolderEntryStatus.Inside"/>.
/// </summary>
internal sealed record FolderEntry(string RelativePath, string FullPath, FolderEntryStatus Status)
{
    /// <summary>Why the file is not read, in words for a warning or an error that names the folder it must stay in.</summary>
    public string Refusal(string folderName) => Status switch
    {
        FolderEntryStatus.Missing => "does not exist",
        FolderEntryStatus.Hidden => "is hidden (a name starting with '.'): hidden files are never read nor published",
        FolderEntryStatus.Outside => $"leads outside the {folderName} (an absolute path, '..' or a link): only files inside it are read",
        _ => "",
    };
}
