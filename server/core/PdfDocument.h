#pragma once

// A small PDF 1.4 writer for keywardd's reports: A4 pages, text that flows down the page
// and onto new pages, tables whose columns line up, and bar charts drawn as filled
// rectangles. keywardd is a QCoreApplication without a GUI platform, where QPdfWriter and
// QTextDocument cannot run; this writer needs neither, so a scheduled report is written by
// keywardd alone.
//
// Text is drawn with DejaVu Sans, Sans Bold, Sans Mono and Sans Mono Bold (Debian package
// fonts-dejavu-core), embedded as subsets (Type0 / CIDFontType2, Identity-H, with a
// ToUnicode CMap), so every character those fonts have (Latin, Greek, Cyrillic, Armenian,
// Georgian, Hebrew, Arabic letters and more) is drawn and pdftotext reads it back. A
// character they lack comes from the first fallback font that has it (Droid Sans Fallback,
// package fonts-droid-fallback, has Chinese, Japanese and Korean); one no font has is
// drawn as U+FFFD. Without the DejaVu files the
// document falls back to the standard Helvetica and Courier fonts (WinAnsi: text outside
// Latin-1 becomes '?') and fontProblem() says why.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <array>
#include <cstdint>
#include <memory>

namespace keyward::core {

class PdfDocument
{
public:
    // Where Debian's fonts-dejavu-core puts its fonts.
    static QString defaultFontDirectory();
    // TrueType files tried, in order, for characters DejaVu lacks; those missing are skipped.
    static QStringList defaultFallbackFonts();

    explicit PdfDocument(QString title, const QString &fontDirectory = defaultFontDirectory(),
                         const QStringList &fallbackFonts = defaultFallbackFonts());
    ~PdfDocument();

    // Empty when the document embeds its fonts; otherwise why it uses the standard fonts.
    QString fontProblem() const;

    void title(const QString &text);
    void heading(const QString &text);
    // Wrapped to the page width.
    void paragraph(const QString &text);
    // Rows in a monospaced font; the first is bold. `widths` are in characters of that
    // font; a cell wider than its column is cut and ends with '~'.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &widths);
    // Vertical bars, one per value, labelled below (every `labelEvery`-th label).
    void barChart(const QString &caption, const QList<QPair<QString, int>> &bars,
                  int labelEvery = 1);
    void space(double points);

    // The finished file.
    QByteArray finish() const;

    struct FontSet;

private:
    enum Font
    {
        Regular,
        Bold,
        Mono,
        MonoBold,
        Fallback, // the fallback fonts follow
        FontCount = Fallback + 4
    };
    struct Glyph
    {
        int face = 0;
        std::uint16_t id = 0;
        char32_t codePoint = 0;
    };

    void ensure(double height);
    void newPage();
    void text(double x, double y, Font font, double size, const QString &text);
    void line(Font font, double size, const QString &text, double indent = 0);
    // The glyphs that draw a text, each from the first face that has it.
    QList<Glyph> shaped(Font font, const QString &text) const;
    // In points.
    double width(Font font, double size, const QString &text) const;
    // The longest start of `text` no wider than `available` (whole characters).
    qsizetype fitting(Font font, double size, const QString &text, double available) const;
    // The objects of a face numbered from `first`: the Type0 font, its CIDFontType2, the
    // descriptor, the font file (the subset) and the ToUnicode CMap.
    QList<QByteArray> fontObjects(int face, int first) const;
    static QByteArray escaped(const QString &text);

    QString m_title;
    QList<QByteArray> m_pages;
    double m_y = 0;
    std::shared_ptr<const FontSet> m_fonts;
    // For each face: the code points drawn with their glyphs (the subset's cmap), and each
    // glyph's code point (the ToUnicode CMap).
    std::array<QMap<char32_t, std::uint16_t>, FontCount> m_used;
    std::array<QMap<std::uint16_t, char32_t>, FontCount> m_unicode;
};

} // namespace keyward::core
