#pragma once

// Step 1: what the server runs with and who depends on what (window.inventory): its
// version and the settings that matter, the weak ones marked; the client programs on
// live sessions; accounts by state and by credential age; who still needs weak
// settings.

#include "api/WindowInventoryMessages.h"
#include "wizards/ChangeWindowPage.h"

#include <optional>

class QPushButton;
class QTextBrowser;

namespace keyward::console {

class InventoryPage : public ChangeWindowPage
{
    Q_OBJECT

public:
    explicit InventoryPage(ChangeWindowWizard *wizard);

    void initializePage() override;
    void reload();
    QTextBrowser *report() const { return m_report; }
    const std::optional<api::WindowInventory> &inventory() const { return m_inventory; }

    // The inventory as HTML, weak settings in red.
    static QString toHtml(const api::WindowInventory &inventory);

private:
    QTextBrowser *m_report;
    QPushButton *m_reload;
    std::optional<api::WindowInventory> m_inventory;
};

} // namespace keyward::console
