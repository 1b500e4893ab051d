#pragma once

// keywardctl's commands, in the order the usage text lists them. The main program
// looks a command up by its words; the usage text is made from the table.

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace keyward::cli {

class CommandTable
{
public:
    // Every command keywardctl has.
    static const CommandTable &instance();

    // The command named by the first words, or nullptr; `args` gets the words after
    // its name.
    const Command *find(const QStringList &words, QStringList *args) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }
    // The usage text: options, one line (or more) per command, exit statuses.
    QString usage() const;

private:
    CommandTable();

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace keyward::cli
