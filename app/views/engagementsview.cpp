// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/engagementsview.h"

#include "commands/transferedits.h"
#include "core/changenotifier.h"
#include "dialogs/transferdialogs.h"
#include "models/matrixdata.h"
#include "storage/catalog.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"
#include "ui/prompter.h"
#include "widgets/flowlayout.h"
#include "widgets/formhelpers.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace coe::ui {

namespace {

constexpr auto kCapabilityMime = "application/x-coe-capability";

const QColor kPhaseColors[] = {QColor(0xd9, 0x5f, 0x02), QColor(0xe6, 0xab, 0x02), QColor(0x1b, 0x9e, 0x77),
                               QColor(0x2c, 0x7f, 0xb8)};

/// Draws a board row as a card: an outline, a stripe in the phase colour, the text inside.
class CardDelegate : public QStyledItemDelegate
{
public:
    CardDelegate(Phase phase, QObject* parent) : QStyledItemDelegate(parent), m_phase(phase) {}

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QRectF card = QRectF(option.rect).adjusted(2, 2, -2, -2);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette& pal = option.palette;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath outline;
        outline.addRoundedRect(card, 5, 5);
        painter->fillPath(outline, pal.color(QPalette::Base));
        painter->fillRect(QRectF(card.left() + 1, card.top() + 3, 4, card.height() - 6),
                          kPhaseColors[std::clamp(int(m_phase), 0, 3)]);
        painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
        painter->drawPath(outline);
        painter->restore();
        QStyleOptionViewItem inner = option;
        inner.rect = option.rect.adjusted(10, 6, -6, -6);
        inner.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver);
        QStyledItemDelegate::paint(painter, inner, index);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        // As wide as the column, as tall as the text wrapped inside the card.
        const auto* view = qobject_cast<const QAbstractItemView*>(parent());
        const int width = view ? view->viewport()->width() - 2 * 3 : option.rect.width();
        const bool icon = !index.data(Qt::DecorationRole).isNull();
        const int iconWidth = icon ? option.decorationSize.width() + 8 : 0;
        const int textWidth = std::max(40, width - 16 - iconWidth - 8);
        const QString text = index.data(Qt::DisplayRole).toString();
        const int textHeight =
            option.fontMetrics.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, text).height();
        return QSize(std::max(60, width), std::max(textHeight, icon ? option.decorationSize.height() : 0) + 12 + 6);
    }

private:
    Phase m_phase;
};

/// One column of the board: its cards can be dragged to another column.
class PhaseColumn : public QListWidget
{
public:
    PhaseColumn(Phase phase, QWidget* parent) : QListWidget(parent), m_phase(phase)
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(false);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setWordWrap(true);
        setSpacing(3);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setItemDelegate(new CardDelegate(phase, this));
        setFrameShape(QFrame::NoFrame);
        setBackgroundRole(QPalette::Window);
        viewport()->setBackgroundRole(QPalette::Window);
        setResizeMode(QListView::Adjust);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QListWidget::resizeEvent(event);
        scheduleDelayedItemsLayout(); // cards follow the column's width
    }

public:
    std::function<void(Id, Phase)> onDrop;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(kCapabilityMime)}; }
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto* data = new QMimeData;
        data->setData(QString::fromLatin1(kCapabilityMime),
                      QByteArray::number(items.first()->data(Qt::UserRole).toLongLong()));
        return data;
    }
    void dragEnterEvent(QDragEnterEvent* event) override
    {
        if (event->mimeData()->hasFormat(QString::fromLatin1(kCapabilityMime)))
            event->acceptProposedAction();
    }
    void dragMoveEvent(QDragMoveEvent* event) override
    {
        if (event->mimeData()->hasFormat(QString::fromLatin1(kCapabilityMime)))
            event->acceptProposedAction();
    }
    void dropEvent(QDropEvent* event) override
    {
        const Id id = event->mimeData()->data(QString::fromLatin1(kCapabilityMime)).toLongLong();
        // The board is redrawn from the database; never let the list move the item itself.
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        if (onDrop && id)
            onDrop(id, m_phase);
    }

private:
    Phase m_phase;
};

} // namespace

/// A capability's phase history, oldest at the top, as a painted timeline. Each entry's date,
/// confirmer and note wrap to the width instead of being cut.
class PhaseTimeline : public QWidget
{
public:
    explicit PhaseTimeline(QWidget* parent = nullptr) : QWidget(parent)
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    void setHistory(const QList<PhaseChange>& history, const QHash<Id, QString>& people)
    {
        m_history = history;
        m_people = people;
        updateGeometry();
        update();
    }
    QSize sizeHint() const override { return QSize(240, heightForWidth(240)); }
    QSize minimumSizeHint() const override { return QSize(120, fontMetrics().height() * 3); }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        int height = 4;
        for (qsizetype i = 0; i < m_history.size(); ++i)
            height += entryHeight(i, width);
        return std::max(height, fontMetrics().height() * 2);
    }
    /// The confirmer and date line of entry @p i, as drawn.
    QString meta(qsizetype i) const
    {
        const PhaseChange& c = m_history.at(i);
        QString text = QLocale().toString(c.changedOn, QLocale::ShortFormat);
        if (c.confirmedBy)
            text += QStringLiteral(" · ") + EngagementsView::tr("confirmed by %1").arg(m_people.value(c.confirmedBy));
        return text;
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const int x = 12;
        if (m_history.isEmpty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(rect(), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       EngagementsView::tr("No phase recorded yet."));
            return;
        }
        const int textWidth = width() - x - 20;
        int y = 0;
        for (qsizetype i = 0; i < m_history.size(); ++i) {
            const PhaseChange& c = m_history.at(i);
            const int h = entryHeight(i, width());
            const bool back = i > 0 && int(c.phase) < int(m_history.at(i - 1).phase);
            if (i + 1 < m_history.size()) {
                p.setPen(QPen(palette().color(QPalette::Mid), 2));
                p.drawLine(QPoint(x, y + fontMetrics().height() / 2), QPoint(x, y + h + fontMetrics().height() / 2));
            }
            p.setPen(Qt::NoPen);
            p.setBrush(kPhaseColors[std::clamp(int(c.phase), 0, 3)]);
            p.drawEllipse(QPoint(x, y + fontMetrics().height() / 2 + 1), 6, 6);
            p.setPen(palette().color(QPalette::WindowText));
            p.setFont(bold());
            const QString title = back ? EngagementsView::tr("%1 (moved back)").arg(Transfer::phaseName(c.phase))
                                       : Transfer::phaseName(c.phase);
            const QRect titleBox(
                x + 16, y, textWidth,
                QFontMetrics(bold()).boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, title).height());
            p.drawText(titleBox, Qt::AlignLeft | Qt::TextWordWrap, title);
            int at = titleBox.bottom() + 1;
            p.setFont(small());
            const QRect metaBox(
                x + 16, at, textWidth,
                QFontMetrics(small()).boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, meta(i)).height());
            p.drawText(metaBox, Qt::AlignLeft | Qt::TextWordWrap, meta(i));
            at = metaBox.bottom() + 1;
            if (!c.note.isEmpty()) {
                p.setFont(italic());
                p.drawText(QRect(x + 16, at, textWidth, h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, c.note);
            }
            y += h;
        }
    }

private:
    QFont bold() const
    {
        QFont f = font();
        f.setBold(true);
        return f;
    }
    QFont small() const
    {
        QFont f = font();
        f.setPointSizeF(font().pointSizeF() * 0.9);
        return f;
    }
    QFont italic() const
    {
        QFont f = small();
        f.setItalic(true);
        return f;
    }
    int entryHeight(qsizetype i, int width) const
    {
        const int textWidth = std::max(40, width - 32);
        const QRect box(0, 0, textWidth, 100000);
        const PhaseChange& c = m_history.at(i);
        int h = QFontMetrics(bold())
                    .boundingRect(box, Qt::TextWordWrap,
                                  Transfer::phaseName(c.phase) + EngagementsView::tr(" (moved back)"))
                    .height();
        h += QFontMetrics(small()).boundingRect(box, Qt::TextWordWrap, meta(i)).height();
        if (!c.note.isEmpty())
            h += QFontMetrics(italic()).boundingRect(box, Qt::TextWordWrap, c.note).height();
        return h + 12;
    }

    QList<PhaseChange> m_history;
    QHash<Id, QString> m_people;
};

EngagementsView::~EngagementsView() = default;

EngagementsView::EngagementsView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("engagementsView"));
    m_engagements = new QListWidget(this);
    m_engagements->setObjectName(QStringLiteral("engagementList"));
    m_engagements->setWordWrap(true);
    m_engagements->setSpacing(4);
    m_engagements->setAlternatingRowColors(true);

    auto* board = new QWidget(this);
    auto* columns = new QHBoxLayout;
    for (int phase = 0; phase <= 3; ++phase) {
        auto* box = new QVBoxLayout;
        auto* title = new QLabel(board);
        title->setObjectName(QStringLiteral("phaseTitle%1").arg(phase));
        auto* list = new PhaseColumn(Phase(phase), board);
        list->setObjectName(QStringLiteral("phaseColumn%1").arg(phase));
        list->onDrop = [this](Id id, Phase to) {
            moveCapability(id, to);
        };
        connect(list, &QListWidget::itemClicked, this,
                [this](QListWidgetItem* item) { selectCapability(item->data(Qt::UserRole).toLongLong()); });
        connect(list, &QListWidget::itemDoubleClicked, this,
                [this](QListWidgetItem* item) { editCapability(item->data(Qt::UserRole).toLongLong()); });
        list->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto* editAction = new QAction(tr("Edit capability…"), list);
        auto* deleteAction = new QAction(tr("Delete capability"), list);
        deleteAction->setShortcut(QKeySequence::Delete);
        deleteAction->setShortcutContext(Qt::WidgetShortcut);
        list->addActions({editAction, deleteAction});
        connect(editAction, &QAction::triggered, this, [this, list] {
            if (QListWidgetItem* item = list->currentItem())
                editCapability(item->data(Qt::UserRole).toLongLong());
        });
        connect(deleteAction, &QAction::triggered, this, [this, list] {
            if (QListWidgetItem* item = list->currentItem())
                deleteCapability(item->data(Qt::UserRole).toLongLong());
        });
        // Columns share the board alike, whatever their titles' length: a title wraps, and a
        // column is never narrower than a card that reads.
        title->setWordWrap(true);
        list->setMinimumWidth(fontMetrics().averageCharWidth() * 15);
        box->addWidget(title);
        box->addWidget(list, 1);
        columns->addLayout(box, 1);
        m_columns << list;
        m_columnTitles << title;
    }
    auto* hint = new QLabel(
        tr("Drag a card to the next column when the staff take over more of it. Moving back asks for a reason."),
        board);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    m_warnings = new QListWidget(board);
    m_warnings->setObjectName(QStringLiteral("transferWarnings"));
    m_warnings->setMaximumHeight(fontMetrics().height() * 6);
    m_warnings->setWordWrap(true);
    auto* boardLayout = new QVBoxLayout(board);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->addLayout(columns, 1);
    auto* addCapability = new QPushButton(tr("New capability…"), board);
    addCapability->setObjectName(QStringLiteral("newCapability"));
    connect(addCapability, &QPushButton::clicked, this, &EngagementsView::newCapability);
    auto* hintRow = new QHBoxLayout;
    hintRow->addWidget(hint, 1);
    hintRow->addWidget(addCapability);
    boardLayout->addLayout(hintRow);
    boardLayout->addWidget(new QLabel(tr("<b>Warnings</b>"), board));
    boardLayout->addWidget(m_warnings);

    auto* side = new QWidget(this);
    m_details = new QLabel(side);
    m_details->setObjectName(QStringLiteral("capabilityDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_timeline = new PhaseTimeline(side);
    m_timeline->setObjectName(QStringLiteral("phaseTimeline"));
    auto* scroll = new QScrollArea(side);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(new QLabel(tr("<b>Phase history</b>"), side));
    sideLayout->addWidget(scroll, 1);

    auto* listBox = new QWidget(this);
    auto* addEngagement = new QPushButton(tr("New…"), listBox);
    addEngagement->setObjectName(QStringLiteral("newEngagement"));
    addEngagement->setToolTip(tr("New engagement"));
    auto* editEngagementButton = new QPushButton(tr("Edit…"), listBox);
    auto* deleteEngagementButton = new QPushButton(tr("Delete"), listBox);
    auto* listButtons = new FlowLayout;
    listButtons->setContentsMargins(0, 0, 0, 0);
    listButtons->addWidget(addEngagement);
    listButtons->addWidget(editEngagementButton);
    listButtons->addWidget(deleteEngagementButton);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_engagements, 1);
    listLayout->addLayout(listButtons);
    connect(addEngagement, &QPushButton::clicked, this, &EngagementsView::newEngagement);
    connect(editEngagementButton, &QPushButton::clicked, this, &EngagementsView::editEngagement);
    connect(deleteEngagementButton, &QPushButton::clicked, this, &EngagementsView::deleteEngagement);
    connect(m_engagements, &QListWidget::itemDoubleClicked, this, &EngagementsView::editEngagement);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(listBox);
    splitter->addWidget(board);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    // The board gets what the list and the details can spare: at 1,024 px its four columns
    // still hold readable cards; a wider window widens the board only.
    const int em = fontMetrics().averageCharWidth();
    splitter->setSizes({em * 24, em * 110, em * 28});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_engagements, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_reloading || row < 0)
            return;
        m_engagementId = m_engagements->item(row)->data(Qt::UserRole).toLongLong();
        showEngagement();
    });
    connect(m_warnings, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { selectCapability(item->data(Qt::UserRole).toLongLong()); });
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const Change& change) {
        // Owners' levels feed the warnings: the matrix is read again only when it can differ.
        if (MatrixData::dependsOn(change.entity))
            m_levels.reset();
        if (change.entity == Entity::Engagement || change.entity == Entity::Capability ||
            MatrixData::dependsOn(change.entity))
            reload();
    });
    reload();
}

const Engagement* EngagementsView::currentEngagement() const
{
    for (const Engagement& e : m_all)
        if (e.id == m_engagementId)
            return &e;
    return nullptr;
}

const Capability* EngagementsView::capability(Id id) const
{
    for (const Engagement& e : m_all)
        for (const Capability& c : e.capabilities)
            if (c.id == id)
                return &c;
    return nullptr;
}

void EngagementsView::reload()
{
    auto engagements = PlanRepository(m_workspace).engagements();
    Catalog catalog(m_workspace);
    auto people = catalog.people();
    auto skills = catalog.skills();
    auto teams = catalog.teams();
    if (!engagements || !people || !skills || !teams) {
        Q_EMIT statusMessage(tr("Could not read the engagements."));
        return;
    }
    m_all = engagements.take();
    m_people.clear();
    m_skills.clear();
    m_teams.clear();
    for (const Person& p : std::as_const(people.value()))
        m_people.insert(p.id, p.name);
    for (const Skill& s : std::as_const(skills.value()))
        m_skills.insert(s.id, s.name);
    for (const Team& t : std::as_const(teams.value()))
        m_teams.insert(t.id, t.name);
    if (!m_levels) {
        auto data = std::make_unique<MatrixData>();
        if (data->load(m_workspace))
            m_levels = std::move(data);
    }
    m_warningData = m_levels ? Transfer::warnings(m_all, *m_levels, QDate::currentDate()) : QList<TransferWarning>();
    if (!currentEngagement())
        m_engagementId = m_all.isEmpty() ? 0 : m_all.first().id;
    m_reloading = true;
    m_engagements->clear();
    const QDate today = QDate::currentDate();
    for (const Engagement& e : std::as_const(m_all)) {
        QStringList consultants;
        for (Id id : e.consultantIds)
            consultants << m_people.value(id);
        const qint64 left = today.daysTo(e.rollOffOn);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2 · %3\n%4")
                .arg(e.name, m_teams.value(e.teamId),
                     left >= 0 ? tr("rolls off in %n day(s)", nullptr, int(left))
                               : tr("rolled off %1").arg(QLocale().toString(e.rollOffOn, QLocale::ShortFormat)),
                     consultants.join(QStringLiteral(", "))),
            m_engagements);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(tr("%1 to %2")
                             .arg(QLocale().toString(e.startsOn, QLocale::ShortFormat),
                                  QLocale().toString(e.rollOffOn, QLocale::ShortFormat)));
    }
    for (int row = 0; row < m_engagements->count(); ++row)
        if (m_engagements->item(row)->data(Qt::UserRole).toLongLong() == m_engagementId)
            m_engagements->setCurrentRow(row);
    m_reloading = false;
    showEngagement();
}

void EngagementsView::showEngagement()
{
    const Engagement* e = currentEngagement();
    for (int phase = 0; phase <= 3; ++phase) {
        m_columns.at(phase)->clear();
        int count = 0;
        if (e)
            for (const Capability& c : e->capabilities)
                count += int(c.phase()) == phase ? 1 : 0;
        m_columnTitles.at(phase)->setText(QStringLiteral("<span style='color:%1'>●</span> <b>%2</b> (%3)")
                                              .arg(kPhaseColors[phase].name(), Transfer::phaseName(Phase(phase)))
                                              .arg(count));
    }
    m_warnings->clear();
    if (!e) {
        m_details->setText(
            tr("No engagements yet. They come with the demo workspace, or from your consultancy's statement of work."));
        m_timeline->setHistory({}, m_people);
        return;
    }
    for (const Capability& c : e->capabilities) {
        QStringList skills;
        for (Id id : c.skillIds)
            skills << m_skills.value(id);
        QStringList warned;
        for (const TransferWarning& w : std::as_const(m_warningData))
            if (w.capabilityId == c.id)
                warned << w.message;
        auto* card =
            new QListWidgetItem(QStringLiteral("%1\n%2 → %3\n%4")
                                    .arg(c.name, m_people.value(c.expertId, tr("no expert")),
                                         m_people.value(c.ownerId, tr("no owner")), skills.join(QStringLiteral(", "))),
                                m_columns.at(std::clamp(int(c.phase()), 0, 3)));
        card->setData(Qt::UserRole, c.id);
        card->setToolTip(warned.isEmpty() ? c.description : warned.join(QLatin1Char('\n')));
        if (!warned.isEmpty())
            card->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (c.id == m_selected)
            card->setSelected(true);
    }
    for (const TransferWarning& w : std::as_const(m_warningData)) {
        if (w.engagementId != e->id)
            continue;
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), w.message, m_warnings);
        item->setData(Qt::UserRole, w.capabilityId);
    }
    if (m_warnings->count() == 0)
        new QListWidgetItem(tr("No warnings for this engagement."), m_warnings);
    selectCapability(capability(m_selected) ? m_selected
                                            : (e->capabilities.isEmpty() ? 0 : e->capabilities.first().id));
}

void EngagementsView::selectCapability(Id id)
{
    m_selected = id;
    const Capability* c = capability(id);
    if (!c) {
        m_details->clear();
        m_timeline->setHistory({}, m_people);
        return;
    }
    QStringList skills;
    for (Id s : c->skillIds)
        skills << m_skills.value(s).toHtmlEscaped();
    m_details->setText(
        tr("<h3>%1</h3><p>%2</p><p><b>Now:</b> %3<br><b>Owner:</b> %4<br><b>Expert:</b> %5<br><b>Skills:</b> %6</p>")
            .arg(c->name.toHtmlEscaped(), c->description.toHtmlEscaped(), Transfer::phaseName(c->phase()),
                 m_people.value(c->ownerId, tr("none")).toHtmlEscaped(),
                 m_people.value(c->expertId, tr("none")).toHtmlEscaped(), skills.join(QStringLiteral(", "))));
    m_timeline->setHistory(c->history, m_people);
}

void EngagementsView::newEngagement()
{
    Engagement blank;
    EngagementDialog dialog(blank, m_teams, m_people, this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    auto saved = commands::TransferEdits::saveEngagement(m_workspace, dialog.engagement(), nullptr);
    if (!saved) {
        Prompter::current()->error(this, tr("New engagement"), saved.error().message);
        return;
    }
    m_engagementId = saved.value();
    reload();
}

void EngagementsView::editEngagement()
{
    const Engagement* e = currentEngagement();
    if (!e)
        return;
    const Engagement before = *e;
    EngagementDialog dialog(before, m_teams, m_people, this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    if (auto saved = commands::TransferEdits::saveEngagement(m_workspace, dialog.engagement(), &before); !saved)
        Prompter::current()->error(this, tr("Edit engagement"), saved.error().message);
}

void EngagementsView::deleteEngagement()
{
    const Engagement* e = currentEngagement();
    if (!e)
        return;
    const Engagement copy = *e;
    if (!Prompter::current()->confirm(
            this, tr("Delete engagement"),
            tr("Delete “%1” with its %n capability(ies) and their history? Undo brings it back.", nullptr,
               int(copy.capabilities.size()))
                .arg(copy.name),
            tr("Delete")))
        return;
    if (auto done = commands::TransferEdits::deleteEngagement(m_workspace, copy); !done)
        Prompter::current()->error(this, tr("Delete engagement"), done.error().message);
}

void EngagementsView::newCapability()
{
    const Engagement* e = currentEngagement();
    if (!e)
        return;
    Capability blank;
    blank.engagementId = e->id;
    blank.expertId = e->consultantIds.value(0);
    CapabilityDialog dialog(blank, m_people, m_skills, this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    auto saved = commands::TransferEdits::saveCapability(m_workspace, dialog.capability(), nullptr);
    if (!saved)
        Prompter::current()->error(this, tr("New capability"), saved.error().message);
    else
        selectCapability(saved.value());
}

void EngagementsView::editCapability(Id id)
{
    const Capability* c = capability(id);
    if (!c)
        return;
    const Capability before = *c;
    CapabilityDialog dialog(before, m_people, m_skills, this);
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return;
    if (auto saved = commands::TransferEdits::saveCapability(m_workspace, dialog.capability(), &before); !saved)
        Prompter::current()->error(this, tr("Edit capability"), saved.error().message);
}

void EngagementsView::deleteCapability(Id id)
{
    const Capability* c = capability(id);
    if (!c)
        return;
    const Capability copy = *c;
    if (!Prompter::current()->confirm(this, tr("Delete capability"),
                                      tr("Delete “%1” and its phase history? Undo brings it back.").arg(copy.name),
                                      tr("Delete")))
        return;
    if (auto done = commands::TransferEdits::deleteCapability(m_workspace, copy); !done)
        Prompter::current()->error(this, tr("Delete capability"), done.error().message);
}

bool EngagementsView::moveCapability(Id id, Phase phase)
{
    const Capability* found = capability(id);
    if (!found || (found->phase() == phase && !found->history.isEmpty()))
        return false;
    const Capability c = *found;
    const bool back = int(phase) < int(c.phase());
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("phaseChangeDialog"));
    dialog.setWindowTitle(back ? tr("Move “%1” back").arg(c.name) : tr("Move “%1” forward").arg(c.name));
    auto* date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setObjectName(QStringLiteral("phaseDate"));
    date->setCalendarPopup(true);
    auto* confirmer = nameCombo(&dialog, m_people, c.ownerId, tr("(nobody named)"));
    confirmer->setObjectName(QStringLiteral("phaseConfirmer"));
    auto* note = new QPlainTextEdit(&dialog);
    note->setObjectName(QStringLiteral("phaseNote"));
    note->setPlaceholderText(back ? tr("Why is it moving back? (required)")
                                  : tr("What showed the staff are ready (optional)"));
    auto* form = new QFormLayout;
    form->addRow(new QLabel(tr("%1 → %2").arg(Transfer::phaseName(c.phase()), Transfer::phaseName(phase)), &dialog));
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Confirmed by:"), confirmer);
    form->addRow(back ? tr("&Reason:") : tr("&Note:"), note);
    QDialogButtonBox* buttons = okCancel(&dialog, form);
    const auto validate = [=] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!back || !note->toPlainText().trimmed().isEmpty());
    };
    connect(note, &QPlainTextEdit::textChanged, &dialog, validate);
    validate();
    if (Prompter::current()->exec(&dialog) != QDialog::Accepted)
        return false;
    auto done = commands::TransferEdits::changePhase(m_workspace, c, phase, date->date(),
                                                     confirmer->currentData().toLongLong(), note->toPlainText());
    if (!done) {
        Prompter::current()->error(this, tr("Move capability"), done.error().message);
        return false;
    }
    m_selected = id;
    Q_EMIT statusMessage(tr("%1 is now at %2.").arg(c.name, Transfer::phaseName(phase)));
    return true;
}

} // namespace coe::ui
