// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/transfer.h"
#include "planning/transfer.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace coe::ui {

class SessionsContext;

/// Who a session is for: the attendees, ticked once they attended, with a field that adds
/// someone by name, the Suggest button and Remove.
class SessionAttendees : public QWidget
{
    Q_OBJECT

public:
    SessionAttendees(const SessionsContext& context, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    /// Lists @p attendees without counting it as an edit.
    void setAttendees(const QList<Attendee>& attendees);
    /// The attendees listed; those not ticked did not attend when the session is @p past,
    /// else nobody knows yet.
    QList<Attendee> attendees(bool past) const;
    /// Adds up to six of @p suggestions who are not listed yet, each with its reason as a tip;
    /// returns how many it added.
    int addSuggestions(const QList<PersonSuggestion>& suggestions);

Q_SIGNALS:
    /// The user changed who attends or who attended.
    void changed();
    void suggestRequested();

private:
    bool lists(Id person) const;
    /// A row for @p person, not ticked.
    QListWidgetItem* addRow(const QString& name, Id person);

    const SessionsContext& m_context;
    QListWidget* m_list = nullptr;
    bool m_filling = false;
};

} // namespace coe::ui
