using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Modular.Shared.Transfer;

/// <summary>A sheet as read from a file: its headings in row 1 and its data rows, each with its row number in the file.</summary>
public sealed record SheetTable(string FileName, string Sha256, IReadOnlyList<string> Headings, IReadOnlyList<SheetRow> Rows);

/// <summary>One data row: its number as the spreadsheet shows it, and its cells by heading (numbers, dates and texts as the file holds them).</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, object?> Cells);

/// <summary>
/// Reads the first sheet of an .xlsx or a .csv (UTF-8, with or without BOM) after checking that it is safe to read:
/// its size, that it is a spreadsheet and not a zip bomb (the parts' declared sizes, count and ratio are checked before
/// anything is unpacked, and what is unpacked may not exceed them), that it has no macros, no links to other files and
/// no formulas that reach outside the sheet. A file refused is refused whole, before any row is used.
/// </summary>
public static class SheetFile
{
    /// <summary>Functions that reach outside the sheet, whatever their arguments.</summary>
    private static readonly string[] OutsideFunctions = ["INDIRECT(", "WEBSERVICE(", "FILTERXML(", "RTD(", "CALL(", "REGISTER.ID(", "HYPERLINK(", "IMAGE(", "DDE", "EXEC("];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file already held in memory (it is never larger than <see cref="SheetLimits.MaxFileBytes"/>).</summary>
    public static SheetTable Read(string fileName, byte[] content, SheetLimits limits)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        if (content.LongLength > limits.MaxFileBytes)
        {
            throw TooLarge(limits);
        }

        if (content.Length == 0)
        {
            throw new DomainException(FileErrorCodes.Corrupt, "Tệp rỗng: hãy chọn tệp Excel (.xlsx) hoặc CSV có dữ liệu.", "file");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var rows = extension switch
        {
            ".xlsx" => ReadXlsx(content, limits),
            ".csv" or ".txt" => ReadCsv(content, limits),
            ".xlsm" or ".xltm" or ".xlsb" or ".xlam" => throw MacroRefusal(),
            ".xls" => throw new DomainException(
                FileErrorCodes.Unsupported, "Tệp .xls (Excel 97–2003) không được nhận: mở tệp trong Excel, chọn Tệp > Lưu thành > Sổ làm việc Excel (*.xlsx), rồi tải tệp đó lên.", "file"),
            _ => throw new DomainException(FileErrorCodes.Unsupported, $"Tệp \"{name}\" không phải tệp Excel (.xlsx) hoặc CSV (.csv).", "file"),
        };
        return Table(name, sha256, rows, limits);
    }

    /// <summary>Reads the upload into memory, refusing it as soon as it passes the size limit.</summary>
    public static async Task<byte[]> ReadBoundedAsync(Stream upload, SheetLimits limits, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limits.MaxFileBytes)
            {
                throw TooLarge(limits);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static DomainException TooLarge(SheetLimits limits) =>
        new(FileErrorCodes.TooLarge, $"Tệp lớn hơn {limits.MaxFileBytes / (1024 * 1024)} MB: hãy chia thành nhiều tệp nhỏ hơn.", "file");

    private static SheetTable Table(string name, string sha256, IEnumerable<IDictionary<string, object?>> source, SheetLimits limits)
    {
        List<string>? headings = null;
        var rows = new List<SheetRow>();
        var number = 1;
        foreach (var cells in source)
        {
            number++;
            headings ??= [.. cells.Keys];
            if (cells.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
            {
                continue;
            }

            if (rows.Count == limits.MaxRows)
            {
                throw new DomainException(
                    FileErrorCodes.TooManyRows, $"Tệp có hơn {limits.MaxRows:N0} dòng dữ liệu: hãy chia thành nhiều tệp.".Replace(",", ".", StringComparison.Ordinal), "file");
            }

            rows.Add(new SheetRow(number, new Dictionary<string, object?>(cells, StringComparer.Ordinal)));
        }

        return new SheetTable(name, sha256, headings ?? [], rows);
    }

    private static List<IDictionary<string, object?>> ReadXlsx(byte[] content, SheetLimits limits)
    {
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K')
        {
            throw Corrupt();
        }

        try
        {
            using (var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read))
            {
                CheckParts(zip, limits);
            }

            using var stream = new MemoryStream(content, writable: false);
            var sheet = MiniExcel.GetSheetNames(stream).FirstOrDefault() ?? throw Corrupt();
            stream.Position = 0;
            // Materialised within the row limit: the parts' sizes were checked, so this is bounded.
            var rows = new List<IDictionary<string, object?>>();
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet, excelType: ExcelType.XLSX))
            {
                rows.Add(row);
                if (rows.Count > limits.MaxRows * 2)
                {
                    break; // empty rows in between are not counted; Table refuses what is past the limit
                }
            }

            return rows;
        }
        catch (DomainException)
        {
            throw;
        }
        catch (Exception error) when (error is InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException or FormatException
            or IndexOutOfRangeException or NullReferenceException or KeyNotFoundException or InvalidCastException or NotSupportedException or OverflowException)
        {
            throw Corrupt();
        }
    }

    /// <summary>
    /// Checks the zip's directory before unpacking anything (part count, declared sizes, ratio, macros, links to
    /// other files), then unpacks each part once, no further than its declared size, to look at the sheets' formulas.
    /// </summary>
    private static void CheckParts(ZipArchive zip, SheetLimits limits)
    {
        if (zip.Entries.Count > limits.MaxParts)
        {
            throw Bomb();
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > limits.MaxUnpackedBytes || (entry.Length > 1024 * 1024 && entry.Length > entry.CompressedLength * limits.MaxUnpackRatio))
            {
                throw Bomb();
            }

            var path = entry.FullName.ToLowerInvariant();
            if (path.EndsWith("vbaproject.bin", StringComparison.Ordinal) || path.Contains("activex", StringComparison.Ordinal))
            {
                throw MacroRefusal();
            }

            if (path.StartsWith("xl/externallinks/", StringComparison.Ordinal))
            {
                throw new DomainException(FileErrorCodes.Formula, "Tệp có liên kết tới sổ làm việc khác: hãy sao chép rồi dán giá trị (Dán đặc biệt > Giá trị) trước khi tải lên.", "file");
            }
        }

        if (zip.GetEntry("[Content_Types].xml") is not { } types || zip.GetEntry("xl/workbook.xml") is null)
        {
            throw Corrupt();
        }

        using (var reader = new StreamReader(Bounded(types), Encoding.UTF8))
        {
            if (reader.ReadToEnd().Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                throw MacroRefusal();
            }
        }

        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                CheckFormulas(entry);
            }
            else
            {
                using var part = Bounded(entry);
                part.CopyTo(Stream.Null);
            }
        }
    }

    private static void CheckFormulas(ZipArchiveEntry sheet)
    {
        using var stream = Bounded(sheet);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
        var cell = "";
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "c")
            {
                cell = xml.GetAttribute("r") ?? "";
            }
            else if (xml.LocalName == "f")
            {
                var formula = xml.ReadElementContentAsString().ToUpperInvariant();
                if (formula.Contains('!', StringComparison.Ordinal) || formula.Contains('[', StringComparison.Ordinal)
                    || OutsideFunctions.Any(f => formula.Contains(f, StringComparison.Ordinal)))
                {
                    throw new DomainException(
                        FileErrorCodes.Formula,
                        $"Ô {cell} có công thức lấy dữ liệu ngoài trang tính (={formula}): hãy thay bằng giá trị (Sao chép > Dán đặc biệt > Giá trị) rồi tải lên lại.",
                        "file");
                }
            }
        }
    }

    /// <summary>A part's content, refused as a bomb as soon as it unpacks to more than its declared size.</summary>
    private static Stream Bounded(ZipArchiveEntry entry) => new LimitedStream(entry.Open(), entry.Length);

    private static List<IDictionary<string, object?>> ReadCsv(byte[] content, SheetLimits limits)
    {
        if ((content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF))) || content.Take(4096).Contains((byte)0))
        {
            throw NotUtf8();
        }

        string text;
        try
        {
            var start = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
            text = StrictUtf8.GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8();
        }

        var firstLine = text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? text[..end] : text;
        var separator = new[] { ',', ';', '\t' }.MaxBy(c => firstLine.Count(x => x == c));
        var configuration = new CsvConfiguration { Seperator = separator, ReadLineBreaksWithinQuotes = true, StreamReaderFunc = s => new StreamReader(s, StrictUtf8) };
        using var stream = new MemoryStream(StrictUtf8.GetBytes(text));
        try
        {
            var rows = new List<IDictionary<string, object?>>();
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.CSV, configuration: configuration))
            {
                rows.Add(row);
                if (rows.Count > limits.MaxRows * 2)
                {
                    break;
                }
            }

            return rows;
        }
        catch (Exception error) when (error is InvalidDataException or IOException or InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException)
        {
            throw Corrupt();
        }
    }

    private static DomainException NotUtf8() => new(
        FileErrorCodes.Encoding,
        "Tệp CSV không phải mã UTF-8 nên tiếng Việt sẽ bị lỗi. Trong Excel: Tệp > Lưu thành, chọn kiểu \"CSV UTF-8 (Comma delimited) (*.csv)\"; "
        + "hoặc trong LibreOffice chọn bộ ký tự \"Unicode (UTF-8)\"; rồi tải tệp đó lên.",
        "file");

    private static DomainException Corrupt() =>
        new(FileErrorCodes.Corrupt, "Không đọc được tệp: tệp bị hỏng hoặc không phải tệp Excel (.xlsx). Hãy mở lại trong Excel, lưu thành .xlsx rồi tải lên.", "file");

    private static DomainException Bomb() =>
        new(FileErrorCodes.Corrupt, "Tệp bị từ chối: khi giải nén quá lớn so với một bảng tính thông thường (có thể là tệp độc hại).", "file");

    private static DomainException MacroRefusal() =>
        new(FileErrorCodes.Macro, "Tệp có macro (VBA) không được nhận: hãy lưu thành Sổ làm việc Excel (*.xlsx) không có macro rồi tải lên.", "file");

    /// <summary>Reads at most the declared length of a part; more is a lie in the zip's directory, refused as a bomb.</summary>
    private sealed class LimitedStream(Stream inner, long declared) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            _read += read;
            return _read > declared ? throw Bomb() : read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
