#include "core/PdfDocument.h"

#include "core/TrueTypeFont.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <algorithm>
#include <cmath>
#include <vector>

Q_LOGGING_CATEGORY(lcPdf, "keyward.report")

namespace keyward::core {

struct PdfDocument::FontSet
{
    // Regular, Bold, Mono, MonoBold, then the fallback fonts; empty when DejaVu is missing.
    std::vector<TrueTypeFont> faces;
    QList<QByteArray> names; // PostScript-like names for /BaseFont
    QString problem;
};

namespace {

constexpr double PageWidth = 595;
constexpr double PageHeight = 842;
constexpr double Margin = 42;
constexpr double Usable = PageWidth - 2 * Margin;
constexpr double MonoSize = 7.5;
constexpr char32_t Replacement = 0xFFFD;

const char *const FaceFiles[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf",
                                 "DejaVuSansMono-Bold.ttf"};
const char *const FaceNames[] = {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono",
                                 "DejaVuSansMono-Bold"};

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

QByteArray hex16(std::uint32_t value)
{
    return QByteArray::number(value, 16).rightJustified(4, '0').toUpper();
}

// UTF-16BE, as a ToUnicode CMap and a text string want it.
QByteArray utf16Hex(char32_t codePoint)
{
    const QString s = QString::fromUcs4(&codePoint, 1);
    QByteArray out;
    for (const QChar c : s)
        out += hex16(c.unicode());
    return out;
}

// A zlib stream (FlateDecode): qCompress puts the length in front of one.
QByteArray deflated(const QByteArray &data)
{
    return qCompress(data, 9).mid(4);
}

QByteArray stream(const QByteArray &dictionary, const QByteArray &data)
{
    const QByteArray packed = deflated(data);
    return "<< /Length " + QByteArray::number(packed.size()) + " /Filter /FlateDecode" +
           dictionary + " >>\nstream\n" + packed + "\nendstream";
}

std::shared_ptr<const PdfDocument::FontSet> fontSet(const QString &directory,
                                                    const QStringList &fallbacks, int maxFaces)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const PdfDocument::FontSet>> cache;
    QMutexLocker lock(&mutex);
    const QString key = directory + QLatin1Char('\n') + fallbacks.join(QLatin1Char('\n'));
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    auto set = std::make_shared<PdfDocument::FontSet>();
    for (int i = 0; i < 4; ++i) {
        auto font =
            TrueTypeFont::fromFile(QDir(directory).filePath(QString::fromLatin1(FaceFiles[i])));
        if (!font) {
            set->faces.clear();
            set->names.clear();
            set->problem = QString::fromStdString(font.message());
            break;
        }
        set->faces.push_back(std::move(font).value());
        set->names << FaceNames[i];
    }
    for (const QString &path : fallbacks) {
        if (set->faces.empty() || set->faces.size() >= std::size_t(maxFaces) ||
            !QFile::exists(path))
            continue;
        auto font = TrueTypeFont::fromFile(path);
        if (!font) {
            qCWarning(lcPdf).noquote() << "report PDFs do without the fallback font" << path
                                       << "it cannot be used:" << font.message().c_str();
            continue;
        }
        set->faces.push_back(std::move(font).value());
        QByteArray name;
        for (const QChar c : QFileInfo(path).completeBaseName())
            if (c.isLetterOrNumber() && c.unicode() < 128)
                name += char(c.unicode());
        set->names << (name.isEmpty() ? QByteArray("Fallback") : name);
    }
    if (!set->problem.isEmpty())
        // Said once per directory: the set is kept, failed or not.
        qCWarning(lcPdf).noquote()
            << "report PDFs use the standard fonts (text outside Latin-1 shows as '?'): the "
               "fonts of fonts-dejavu-core cannot be used:"
            << set->problem;
    cache.insert(key, set);
    return set;
}

} // namespace

QString PdfDocument::defaultFontDirectory()
{
    return QStringLiteral("/usr/share/fonts/truetype/dejavu");
}

QStringList PdfDocument::defaultFallbackFonts()
{
    return {QStringLiteral("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")};
}

PdfDocument::PdfDocument(QString title, const QString &fontDirectory,
                         const QStringList &fallbackFonts)
    : m_title(std::move(title)), m_fonts(fontSet(fontDirectory, fallbackFonts, FontCount))
{
    newPage();
}

PdfDocument::~PdfDocument() = default;

QString PdfDocument::fontProblem() const
{
    return m_fonts->problem;
}

void PdfDocument::newPage()
{
    m_pages.append(QByteArray());
    m_y = PageHeight - Margin;
}

void PdfDocument::ensure(double height)
{
    if (m_y - height < Margin)
        newPage();
}

QByteArray PdfDocument::escaped(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char byte = u < 256 ? static_cast<char>(u) : '?';
        if (byte == '(' || byte == ')' || byte == '\\')
            out.append('\\');
        out.append(static_cast<unsigned char>(byte) < 32 ? ' ' : byte);
    }
    return out;
}

QList<PdfDocument::Glyph> PdfDocument::shaped(Font font, const QString &text) const
{
    QList<Glyph> out;
    const auto &faces = m_fonts->faces;
    // The face asked for first, then the others: a bold or monospaced face may lack a
    // letter the regular one has; then the fallback fonts.
    QList<int> order{font, Regular, Bold, Mono};
    for (int face = Fallback; face < int(faces.size()); ++face)
        order << face;
    for (char32_t c : text.toUcs4()) {
        if (c < 32 || (c >= 0x7F && c < 0xA0))
            c = U' ';
        Glyph glyph{font, 0, c};
        for (const int face : std::as_const(order)) {
            if (const std::uint16_t id = faces[face].glyph(c)) {
                glyph = Glyph{face, id, c};
                break;
            }
        }
        if (glyph.id == 0) {
            const std::uint16_t replacement = faces[font].glyph(Replacement);
            glyph = replacement ? Glyph{font, replacement, Replacement}
                                : Glyph{font, faces[font].glyph(U'?'), U'?'};
        }
        out.append(glyph);
    }
    return out;
}

double PdfDocument::width(Font font, double size, const QString &text) const
{
    if (m_fonts->faces.empty()) {
        // The standard fonts: Courier is 0.6 em wide, Helvetica averages about half an em.
        return text.size() * size * (font == Mono || font == MonoBold ? 0.6 : 0.5);
    }
    double units = 0;
    for (const Glyph &g : shaped(font, text)) {
        const TrueTypeFont &face = m_fonts->faces[g.face];
        units += double(face.advance(g.id)) / face.unitsPerEm();
    }
    return units * size;
}

qsizetype PdfDocument::fitting(Font font, double size, const QString &text, double available) const
{
    qsizetype n = 0;
    while (n < text.size()) {
        const qsizetype next = n + (text[n].isHighSurrogate() && n + 1 < text.size() ? 2 : 1);
        if (width(font, size, text.left(next)) > available)
            break;
        n = next;
    }
    return n;
}

void PdfDocument::text(double x, double y, Font font, double size, const QString &string)
{
    const auto resource = [](int face) { return "/F" + QByteArray::number(face + 1); };
    QByteArray &page = m_pages.last();
    if (m_fonts->faces.empty()) {
        page += "BT " + resource(font) + ' ' + number(size) + " Tf " + number(x) + ' ' + number(y) +
                " Td (" + escaped(string) + ") Tj ET\n";
        return;
    }
    page += "BT " + number(x) + ' ' + number(y) + " Td";
    int current = -1;
    for (const Glyph &g : shaped(font, string)) {
        if (g.face != current) {
            if (current >= 0)
                page += "> Tj";
            page += ' ' + resource(g.face) + ' ' + number(size) + " Tf <";
            current = g.face;
        }
        page += hex16(g.id);
        m_used[g.face].insert(g.codePoint, g.id);
        m_unicode[g.face].insert(g.id, g.codePoint);
    }
    page += current >= 0 ? "> Tj ET\n" : " ET\n";
}

void PdfDocument::line(Font font, double size, const QString &string, double indent)
{
    ensure(size * 1.4);
    m_y -= size * 1.4;
    text(Margin + indent, m_y, font, size, string);
}

void PdfDocument::title(const QString &string)
{
    line(Bold, 18, string);
    space(6);
}

void PdfDocument::heading(const QString &string)
{
    ensure(60); // a heading is not left alone at the foot of a page
    space(8);
    line(Bold, 12.5, string);
    space(2);
}

void PdfDocument::paragraph(const QString &string)
{
    constexpr double size = 9.5;
    QString current;
    for (const QString &word : string.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (!current.isEmpty() && width(Regular, size, candidate) > Usable) {
            line(Regular, size, current);
            current = word;
        } else {
            current = candidate;
        }
        // A word wider than the page is cut where it reaches the margin.
        while (width(Regular, size, current) > Usable) {
            const qsizetype n = std::max<qsizetype>(1, fitting(Regular, size, current, Usable));
            line(Regular, size, current.left(n));
            current = current.mid(n);
        }
    }
    if (!current.isEmpty())
        line(Regular, size, current);
}

void PdfDocument::table(const QStringList &header, const QList<QStringList> &rows,
                        const QList<int> &widths)
{
    // Columns start where they would in a monospaced line; each cell is placed at its
    // column and measured with the widths of the glyphs that draw it.
    const double advance = width(Mono, MonoSize, QStringLiteral("0"));
    const auto row = [&](Font font, const QStringList &cells) {
        ensure(MonoSize * 1.4);
        m_y -= MonoSize * 1.4;
        double x = Margin;
        for (int i = 0; i < widths.size(); ++i) {
            QString cell = cells.value(i);
            const double available = std::max(0, widths[i] - 1) * advance;
            if (width(font, MonoSize, cell) > available) {
                const QString mark = QStringLiteral("~");
                cell = cell.left(
                           fitting(font, MonoSize, cell, available - width(font, MonoSize, mark))) +
                       mark;
            }
            if (!cell.trimmed().isEmpty())
                text(x, m_y, font, MonoSize, cell);
            x += widths[i] * advance;
        }
    };
    row(MonoBold, header);
    for (const QStringList &cells : rows) {
        if (m_y - MonoSize * 1.4 < Margin) {
            newPage();
            row(MonoBold, header);
        }
        row(Mono, cells);
    }
}

void PdfDocument::barChart(const QString &caption, const QList<QPair<QString, int>> &bars,
                           int labelEvery)
{
    constexpr double height = 110;
    ensure(height + 40);
    line(Bold, 9.5, caption);
    int top = 1;
    for (const auto &bar : bars)
        top = std::max(top, bar.second);
    const double base = m_y - height - 6;
    const double slot = bars.isEmpty() ? Usable : std::min(40.0, Usable / bars.size());
    m_pages.last() +=
        "0.6 g " + number(Margin) + ' ' + number(base) + ' ' + number(Usable) + " 0.5 re f\n";
    for (int i = 0; i < bars.size(); ++i) {
        const double x = Margin + i * slot;
        const double h = height * bars[i].second / top;
        m_pages.last() += "0.16 0.38 0.67 rg " + number(x + slot * 0.15) + ' ' + number(base) +
                          ' ' + number(slot * 0.7) + ' ' + number(h) + " re f\n0 g\n";
        if (bars[i].second > 0)
            text(x + slot * 0.15, base + h + 2, Regular, 6.5, QString::number(bars[i].second));
        if (i % std::max(1, labelEvery) == 0)
            text(x, base - 9, Regular, 6, bars[i].first);
    }
    m_y = base - 14;
}

void PdfDocument::space(double points)
{
    m_y -= points;
    if (m_y < Margin)
        newPage();
}

QList<QByteArray> PdfDocument::fontObjects(int face, int first) const
{
    const TrueTypeFont &font = m_fonts->faces[face];
    const auto scaled = [&](int units) {
        return QByteArray::number(std::lround(units * 1000.0 / font.unitsPerEm()));
    };
    const auto reference = [&](int n) { return QByteArray::number(first + n) + " 0 R"; };
    // The subset's name starts with six letters of its own (ISO 32000 9.6.4).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = m_unicode[face].cbegin(); it != m_unicode[face].cend(); ++it)
        hash.addData(hex16(it.key()));
    const QByteArray digest = hash.result();
    QByteArray name;
    for (int i = 0; i < 6; ++i)
        name += char('A' + std::uint8_t(digest[i]) % 26);
    name += '+' + m_fonts->names[face];

    QByteArray widths;
    for (auto it = m_unicode[face].cbegin(); it != m_unicode[face].cend(); ++it)
        widths += QByteArray::number(it.key()) + " [" + scaled(font.advance(it.key())) + "] ";

    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    const QList<std::uint16_t> glyphs = m_unicode[face].keys();
    for (qsizetype i = 0; i < glyphs.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, glyphs.size() - i);
        cmap += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = i; j < i + n; ++j)
            cmap +=
                '<' + hex16(glyphs[j]) + "> <" + utf16Hex(m_unicode[face].value(glyphs[j])) + ">\n";
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    QByteArray file;
    auto subset = font.subset(m_used[face]);
    if (subset)
        file = stream(" /Length1 " + QByteArray::number(subset->size()), *subset);
    else
        // The text stays readable (ToUnicode); a viewer draws it with a font of its own.
        qCWarning(lcPdf).noquote() << "a report PDF is written without its" << m_fonts->names[face]
                                   << "outlines:" << QString::fromStdString(subset.message());
    const QList<int> box = font.boundingBox();
    return {"<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
                " /Encoding /Identity-H /DescendantFonts [" + reference(1) + "] /ToUnicode " +
                reference(4) + " >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
                " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                " /FontDescriptor " +
                reference(2) + " /CIDToGIDMap /Identity /DW 1000 /W [" + widths + "] >>",
            "<< /Type /FontDescriptor /FontName /" + name + " /Flags " +
                QByteArray::number(font.fixedPitch() ? 33 : 32) + " /FontBBox [" + scaled(box[0]) +
                ' ' + scaled(box[1]) + ' ' + scaled(box[2]) + ' ' + scaled(box[3]) +
                "] /ItalicAngle 0 /Ascent " + scaled(font.ascent()) + " /Descent " +
                scaled(font.descent()) + " /CapHeight " + scaled(font.ascent()) + " /StemV " +
                (face == Bold || face == MonoBold ? "120" : "80") +
                (file.isEmpty() ? QByteArray() : " /FontFile2 " + reference(3)) + " >>",
            file.isEmpty() ? QByteArray("null") : file, stream(QByteArray(), cmap)};
}

QByteArray PdfDocument::finish() const
{
    // Objects: 1 catalog, 2 page tree, 3 info, then the fonts, then a page and its content
    // for each page. Offsets are taken as each object is written.
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    const auto add = [&](const QByteArray &body) {
        offsets << out.size();
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const bool embedded = !m_fonts->faces.empty();
    QList<int> faces;
    for (int face = 0; face < (embedded ? int(m_fonts->faces.size()) : Fallback); ++face)
        if (!embedded || !m_unicode[face].isEmpty())
            faces << face;
    const int firstFont = 4;
    const int perFont = embedded ? 5 : 1;
    const int firstPage = firstFont + int(faces.size()) * perFont;
    QByteArray kids;
    for (int i = 0; i < m_pages.size(); ++i)
        kids += QByteArray::number(firstPage + 2 * i) + " 0 R ";
    QByteArray title = "<FEFF";
    for (const QChar c : m_title)
        title += hex16(c.unicode());
    title += '>';

    add("<< /Type /Catalog /Pages 2 0 R >>");
    add("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages.size()) +
        " >>");
    add("<< /Title " + title + " /Producer (Keyward keywardd) >>");
    QByteArray resources;
    for (qsizetype i = 0; i < faces.size(); ++i) {
        const int object = firstFont + int(i) * perFont;
        resources +=
            "/F" + QByteArray::number(faces[i] + 1) + ' ' + QByteArray::number(object) + " 0 R ";
        if (!embedded) {
            static const char *const standard[] = {"Helvetica", "Helvetica-Bold", "Courier",
                                                   "Courier-Bold"};
            add(QByteArray("<< /Type /Font /Subtype /Type1 /BaseFont /") + standard[faces[i]] +
                " /Encoding /WinAnsiEncoding >>");
            continue;
        }
        for (const QByteArray &body : fontObjects(faces[i], object))
            add(body);
    }
    for (int i = 0; i < m_pages.size(); ++i) {
        add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << " +
            resources + ">> >> /Contents " + QByteArray::number(firstPage + 2 * i + 1) + " 0 R >>");
        add(stream(QByteArray(), m_pages[i]));
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R /Info 3 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace keyward::core
