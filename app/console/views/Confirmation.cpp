#include "views/Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace keyward::console {

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &question,
                       const QString &consequences, const QString &actionLabel, bool destructive)
{
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, question,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmation"));
    box.setInformativeText(consequences);
    QPushButton *act = box.addButton(actionLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel); // Enter does not destroy anything
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == act;
}

} // namespace keyward::console
