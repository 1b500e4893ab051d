// The TrueType reader: a real font maps code points to glyphs and widths, a subset keeps
// the glyph ids, the outlines asked for (with a composite's components) and nothing else,
// and reads back with the same answers; a font cut short or with a damaged table
// directory is refused with an error, and no damaged input crashes it.

#include "core/PdfDocument.h"
#include "core/TrueTypeFont.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace keyward::core;

namespace {

QByteArray fontFile(const char *name)
{
    QFile file(QDir(PdfDocument::defaultFontDirectory()).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::uint32_t be32(const QByteArray &d, qsizetype at)
{
    return std::uint32_t(std::uint8_t(d[at])) << 24 | std::uint32_t(std::uint8_t(d[at + 1])) << 16 |
           std::uint32_t(std::uint8_t(d[at + 2])) << 8 | std::uint32_t(std::uint8_t(d[at + 3]));
}

QMap<char32_t, std::uint16_t> glyphsOf(const TrueTypeFont &font, const QString &text)
{
    QMap<char32_t, std::uint16_t> map;
    for (const char32_t c : text.toUcs4())
        map.insert(c, font.glyph(c));
    return map;
}

} // namespace

class TestTrueTypeFont : public QObject
{
    Q_OBJECT

    QByteArray m_sans;
    QByteArray m_mono;

private slots:
    void initTestCase()
    {
        m_sans = fontFile("DejaVuSans.ttf");
        m_mono = fontFile("DejaVuSansMono.ttf");
        if (m_sans.isEmpty() || m_mono.isEmpty())
            QSKIP(
                "the DejaVu fonts are missing (fonts-dejavu-core; installer/debian/install-deps.sh "
                "installs it)");
    }

    void aRealFontMapsLettersOfManyScripts()
    {
        auto font = TrueTypeFont::fromData(m_sans);
        QVERIFY2(font.ok(), font.message().c_str());
        QCOMPARE(font->unitsPerEm(), 2048);
        QVERIFY(font->glyphCount() > 5000);
        const QString letters = QString::fromUtf8("AzМёΩλŁżŞğİı€");
        QSet<std::uint16_t> seen;
        for (const char32_t c : letters.toUcs4()) {
            const std::uint16_t g = font->glyph(c);
            QVERIFY2(g != 0, qPrintable(QString::number(c, 16)));
            QVERIFY(font->advance(g) > 0);
            seen.insert(g);
        }
        QCOMPARE(seen.size(), letters.toUcs4().size()); // one glyph each
        QCOMPARE(font->glyph(U'王'), 0);                // no CJK in DejaVu
        QCOMPARE(font->glyph(0x10FFFF), 0);
        QVERIFY(font->glyph(0xFFFD) != 0);
        // A space has a width and no outline; 'W' is wider than 'i'.
        QVERIFY(font->advance(font->glyph(U' ')) > 0 && !font->hasOutline(font->glyph(U' ')));
        QVERIFY(font->advance(font->glyph(U'W')) > font->advance(font->glyph(U'i')));
        QCOMPARE(font->advance(std::uint16_t(font->glyphCount())), 0);

        auto mono = TrueTypeFont::fromData(m_mono);
        QVERIFY2(mono.ok(), mono.message().c_str());
        QVERIFY(mono->fixedPitch() && !font->fixedPitch());
        QCOMPARE(mono->advance(mono->glyph(U'i')), mono->advance(mono->glyph(U'Ж')));
    }

    void aSubsetKeepsGlyphIdsAndOnlyTheOutlinesAskedFor()
    {
        auto font = TrueTypeFont::fromData(m_sans);
        QVERIFY(font.ok());
        const QString used = QString::fromUtf8("Марта Łukasz İlkay Ελένη é");
        const auto map = glyphsOf(*font, used);
        auto subset = font->subset(map);
        QVERIFY2(subset.ok(), subset.message().c_str());
        qInfo("subset of %lld code points: %lld bytes of %lld", static_cast<long long>(map.size()),
              static_cast<long long>(subset->size()), static_cast<long long>(m_sans.size()));
        // Raw, about six bytes for each glyph id up to the highest one kept (loca and hmtx)
        // plus the outlines; deflated in a PDF, a few kilobytes.
        QVERIFY(subset->size() < m_sans.size() / 10);
        QVERIFY(qCompress(*subset, 9).size() < 16 * 1024);
        auto again = TrueTypeFont::fromData(*subset);
        QVERIFY2(again.ok(), again.message().c_str());
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            QCOMPARE(again->glyph(it.key()), it.value());
            QCOMPARE(again->advance(it.value()), font->advance(it.value()));
            QCOMPARE(again->hasOutline(it.value()), font->hasOutline(it.value()));
        }
        // Letters not asked for map to nothing and lost their outlines.
        QCOMPARE(again->glyph(U'Q'), 0);
        const std::uint16_t q = font->glyph(U'Q');
        QVERIFY(font->hasOutline(q));
        QVERIFY(q >= again->glyphCount() || !again->hasOutline(q));
        QVERIFY(again->hasOutline(0)); // .notdef stays
        // The subset of the subset is the same file: nothing was left half-kept.
        auto twice = again->subset(map);
        QVERIFY(twice.ok());
        QCOMPARE(*twice, *subset);
        // Without the hinting programs: smaller, and the same glyphs.
        auto bare = font->subset(map, false);
        QVERIFY(bare.ok() && bare->size() < subset->size());
        auto unhinted = TrueTypeFont::fromData(*bare);
        QVERIFY(unhinted.ok());
        QCOMPARE(unhinted->glyph(U'Ł'), font->glyph(U'Ł'));
    }

    void aCompositeGlyphKeepsItsComponents()
    {
        auto font = TrueTypeFont::fromData(m_sans);
        QVERIFY(font.ok());
        // Find a composite among accented letters: one whose subset of itself alone keeps
        // outlines of other glyphs.
        for (const char32_t c : QString::fromUtf8("éÉżŻğŞçÇёЁįǿ").toUcs4()) {
            const std::uint16_t g = font->glyph(c);
            auto subset = font->subset({{c, g}});
            QVERIFY(subset.ok());
            auto small = TrueTypeFont::fromData(*subset);
            QVERIFY(small.ok());
            QVERIFY(small->hasOutline(g));
            int others = 0;
            for (int other = 1; other < small->glyphCount(); ++other)
                others += other != g && small->hasOutline(std::uint16_t(other));
            if (others > 0)
                return; // its components came along
        }
        QFAIL("no composite glyph among the accented letters of DejaVu Sans");
    }

    void aFontCutShortIsRefused()
    {
        // The file cut inside its header, its table directory, and in the middle of each
        // of its tables: every one lies partly outside what is left.
        QList<qsizetype> cuts{0, 3, 11, 12, 40, m_mono.size() / 2};
        const int tables = (std::uint8_t(m_mono[4]) << 8) | std::uint8_t(m_mono[5]);
        for (int i = 0; i < tables; ++i) {
            const qsizetype offset = be32(m_mono, 12 + 16 * i + 8);
            const qsizetype length = be32(m_mono, 12 + 16 * i + 12);
            if (length > 1)
                cuts << offset + length / 2;
        }
        for (const qsizetype cut : cuts) {
            auto font = TrueTypeFont::fromData(m_mono.left(cut));
            QVERIFY2(!font.ok(), qPrintable(QString("cut at %1").arg(cut)));
            QVERIFY(!font.message().empty());
        }
    }

    void aDamagedTableDirectoryIsRefused()
    {
        const int tables = (std::uint8_t(m_mono[4]) << 8) | std::uint8_t(m_mono[5]);
        QVERIFY(tables > 7);
        for (int i = 0; i < tables; ++i) {
            const qsizetype record = 12 + 16 * i;
            const QByteArray tag = m_mono.mid(record, 4);
            // An offset or a length pointing past the end of the file.
            for (const qsizetype field : {record + 8, record + 12}) {
                QByteArray damaged = m_mono;
                damaged[field] = char(damaged[field] ^ 0x80);
                auto font = TrueTypeFont::fromData(damaged);
                QVERIFY2(!font.ok(), tag.constData());
            }
            // A table the reader needs, renamed.
            if (QByteArrayList{"head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf"}.contains(
                    tag)) {
                QByteArray damaged = m_mono;
                damaged[record] = 'X';
                auto font = TrueTypeFont::fromData(damaged);
                QVERIFY2(!font.ok(), tag.constData());
                QVERIFY2(QString::fromStdString(font.message()).contains("missing"),
                         font.message().c_str());
            }
        }
        QByteArray otf = m_mono;
        otf.replace(0, 4, "OTTO");
        QVERIFY(!TrueTypeFont::fromData(otf).ok());
        QByteArray empty = m_mono.left(12);
        empty[4] = empty[5] = 0;
        QVERIFY(!TrueTypeFont::fromData(empty).ok());
        QVERIFY(!TrueTypeFont::fromFile("/nonexistent/font.ttf").ok());
    }

    void everyByteOfASubsetDamagedDoesNotCrash()
    {
        // Each byte of a small subset flipped in turn: the reader refuses or answers, and a
        // font it accepts can still be asked for glyphs, widths and a subset of its own.
        auto font = TrueTypeFont::fromData(m_mono);
        QVERIFY(font.ok());
        const auto map = glyphsOf(*font, QString::fromUtf8("Aé Ж"));
        auto subset = font->subset(map);
        QVERIFY(subset.ok());
        int refused = 0;
        for (qsizetype i = 0; i < subset->size(); ++i) {
            QByteArray damaged = *subset;
            damaged[i] = char(damaged[i] ^ 0xA5);
            auto parsed = TrueTypeFont::fromData(damaged);
            if (!parsed) {
                ++refused;
                continue;
            }
            for (const char32_t c : map.keys())
                (void)parsed->advance(parsed->glyph(c));
            QMap<char32_t, std::uint16_t> again;
            for (const char32_t c : map.keys())
                again.insert(c, parsed->glyph(c));
            (void)parsed->subset(again);
        }
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestTrueTypeFont)
#include "TestTrueTypeFont.moc"
