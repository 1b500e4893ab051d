// Every string the admin sees is translatable and translated: the German, French
// and Spanish catalogues are complete and current with the sources, the compiled
// catalogues are built in, and a window built in German shows no string that an
// English window also shows (which would be a literal that never went through tr()).

#include "Localization.h"
#include "client/ConnectionProfile.h"
#include "client/ProfileStore.h"
#include "client/ServerConnection.h"
#include "models/AdminActions.h"
#include "views/AddUserDialog.h"
#include "views/ConnectionDialog.h"
#include "views/MainWindow.h"
#include "views/OneTimePasswordDialog.h"
#include "wizards/ChangeWindowWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDomDocument>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace keyward::console;

namespace {

struct Catalogue
{
    int messages = 0;
    int unfinished = 0;
    int obsolete = 0;
    QStringList emptyForms;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c;
    QDomDocument doc;
    doc.setContent(&file);
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement m = messages.at(i).toElement();
        const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
        const QString type = t.attribute(QStringLiteral("type"));
        ++c.messages;
        if (type == QLatin1String("unfinished"))
            ++c.unfinished;
        else if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
            ++c.obsolete;
        const QString source = m.firstChildElement(QStringLiteral("source")).text();
        if (m.attribute(QStringLiteral("numerus")) == QLatin1String("yes")) {
            const QDomNodeList forms = t.elementsByTagName(QStringLiteral("numerusform"));
            for (int f = 0; f < forms.size(); ++f) {
                if (forms.at(f).toElement().text().isEmpty())
                    c.emptyForms << source;
            }
            if (forms.isEmpty())
                c.emptyForms << source;
        } else if (t.text().isEmpty() && type != QLatin1String("unfinished")) {
            c.emptyForms << source;
        }
    }
    return c;
}

// What a user can read in a window: texts, titles, placeholders, tooltips,
// header labels, menu entries.
QSet<QString> visibleStrings(QWidget *root)
{
    QSet<QString> out;
    auto add = [&](const QString &s) {
        const QString plain = QString(s)
                                  .remove(QRegularExpression(QStringLiteral("<[^>]*>")))
                                  .remove(QLatin1Char('&'))
                                  .trimmed();
        if (plain.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}"))))
            out.insert(plain);
    };
    add(root->windowTitle());
    for (QWidget *w : root->findChildren<QWidget *>()) {
        add(w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(e->placeholderText());
        if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(list->item(i)->text());
        }
        if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model()) {
            for (int i = 0; i < h->count(); ++i)
                add(h->model()->headerData(i, h->orientation()).toString());
        }
        for (QAction *a : w->actions()) {
            add(a->text());
            add(a->toolTip());
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KeywardTest"));
        QSettings().clear(); // every run starts as a first run
    }

    void cataloguesAreCompleteAndCurrent_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : Localization::catalogues())
            QTest::newRow(qPrintable(l)) << l;
    }

    void cataloguesAreCompleteAndCurrent()
    {
        QFETCH(QString, language);
        const QString kept =
            QStringLiteral(KEYWARD_SOURCE_DIR "/translations/keyward_%1.ts").arg(language);
        const Catalogue before = readCatalogue(kept);
        QVERIFY2(before.messages > 300, qPrintable(kept));
        QCOMPARE(before.unfinished, 0);
        QCOMPARE(before.obsolete, 0);
        QVERIFY2(before.emptyForms.isEmpty(), qPrintable(before.emptyForms.join(" | ")));

        // Run lupdate over the sources into a copy: nothing new may turn up.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(kept, copy));
        QProcess lupdate;
        lupdate.start(QStringLiteral(KEYWARD_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral(KEYWARD_SOURCE_DIR "/app/console"),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        const Catalogue after = readCatalogue(copy);
        QVERIFY2(after.unfinished == 0,
                 qPrintable(QStringLiteral("%1 string(s) in the sources are not in %2; run "
                                           "`cmake --build --preset default --target "
                                           "update_translations` and translate them")
                                .arg(after.unfinished)
                                .arg(kept)));
        QCOMPARE(after.messages, before.messages);
    }

    void theCompiledCataloguesAreBuiltIn()
    {
        for (const QString &l : Localization::catalogues()) {
            QTranslator t;
            QVERIFY2(t.load(QStringLiteral(":/i18n/keyward_%1.qm").arg(l)), qPrintable(l));
            QVERIFY(!t.translate("keyward::console::MainWindow", "Sessions").isEmpty());
        }
    }

    void aGermanWindowShowsNoEnglishLiteral()
    {
        const QSet<QString> english = everythingVisible();
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/keyward_de.qm")));
        // Qt's own buttons (Cancel, Next >) come from Qt's catalogue, as in the app.
        QTranslator qtGerman;
        QVERIFY2(qtGerman.load(QLocale(QLocale::German), QStringLiteral("qtbase"),
                               QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "Qt's German catalogue is missing (qt6-translations-l10n)");
        QCoreApplication::installTranslator(&german);
        QCoreApplication::installTranslator(&qtGerman);
        const QSet<QString> translated = everythingVisible();
        QCoreApplication::removeTranslator(&qtGerman);
        QCoreApplication::removeTranslator(&german);

        // Names and symbols that read the same in every language.
        const QSet<QString> same{"Keyward",   "English", "Deutsch", "Français", "Español",
                                 "MS-CHAPv2", "Tunnel",  "Status",  "Server",   "Details",
                                 "Name:",     "Port:",   "Socket:"};
        QStringList untranslated;
        for (const QString &s : translated) {
            if (english.contains(s) && !same.contains(s))
                untranslated << s;
        }
        untranslated.sort();
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(" | ")));
        QVERIFY(translated.contains("Sitzungen"));
    }

private:
    // The main window and every dialog and wizard it opens, as built now.
    static QSet<QString> everythingVisible()
    {
        MainWindow window;
        QSet<QString> out = visibleStrings(&window);
        AddUserDialog addUser;
        out += visibleStrings(&addUser);
        ProfileStore profiles;
        ConnectionDialog connection(profiles, window.connection()->vault(),
                                    ConnectionProfile::local());
        out += visibleStrings(&connection);
        OneTimePasswordDialog passwords({{"alice", "Temp-Pass-1"}, {"bob", "Temp-Pass-2"}});
        out += visibleStrings(&passwords);
        AdminActions actions(window.connection());
        ChangeWindowWizard wizard(&actions, window.backupReportCenter(), window.connection(),
                                  window.userModel(), window.sessionModel(), {"alice"}, {});
        out += visibleStrings(&wizard);
        for (int id : wizard.pageIds())
            out += visibleStrings(wizard.page(id));
        return out;
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
