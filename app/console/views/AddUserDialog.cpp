#include "views/AddUserDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace keyward::console {

AddUserDialog::AddUserDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_groups(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add user"));
    m_name->setPlaceholderText(tr("e.g. alice"));
    m_groups->setPlaceholderText(tr("optional, e.g. office, sales"));
    m_problem->setStyleSheet(QStringLiteral("color: #b03020"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Groups:"), m_groups);
    auto *note = new QLabel(tr("Keyward makes a one-time password and shows it once. The user "
                               "chooses their own password the first time they connect."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Add user"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddUserDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    validate();
}

QString AddUserDialog::userName() const
{
    return m_name->text().trimmed();
}

QStringList AddUserDialog::groups() const
{
    QStringList out;
    for (const QString &g :
         m_groups->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out << g.trimmed();
    return out;
}

void AddUserDialog::validate()
{
    static const QRegularExpression allowed(QStringLiteral("^[^\\x00-\\x1f,;\\\\]{1,256}$"));
    const QString name = userName();
    QString problem;
    if (!name.isEmpty() && !allowed.match(name).hasMatch())
        problem = tr("Use up to 256 characters, without commas, semicolons or backslashes.");
    m_problem->setText(problem);
    m_ok->setEnabled(!name.isEmpty() && problem.isEmpty());
}

} // namespace keyward::console
