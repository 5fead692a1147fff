"""着信の扱い(FWD-2のモード、FWD-4、FWD-7)と転送された通話(FWD-5)の説明文。"""

MESSAGES = {
    "the caller withheld the number and number request (ナンバー・リクエスト) is on: the call is rejected, and "
    "that rejection wins over forwarding": (
        "発信者が番号を通知せず、ナンバー・リクエストを利用中のため、着信を拒否する(転送より優先される)"
    ),
    "the caller is on the call-blocking (着信拒否) list: the call is rejected, not forwarded": (
        "着信拒否に登録された相手からの着信のため、転送せずに拒否する"
    ),
    "forwarding is stopped: the call goes to the contract line": "着信転送は停止中のため、契約回線に着信する",
    "in the mode “{mode}”, when {situation}: the call is forwarded to {destination}": (
        "「{mode}」の設定で、着信時に{situation}: {destination}へ転送する"
    ),
    "in the mode “{mode}”, when {situation}: the call is not forwarded, it goes to the contract line": (
        "「{mode}」の設定で、着信時に{situation}: 転送せず、契約回線に着信する"
    ),
    "the source says a call that arrives while the line is busy cannot be forwarded, but its own 142 menu offers "
    "forwarding when busy: following the menu, this busy call is forwarded": (
        "原文は話中にかかってきた電話は転送できないとする一方、142のメニューでは話中時の転送を設定できる。"
        "メニューに従い、この話中の着信は転送する"
    ),
    "the caller sends the number {caller} and the destination's phone displays numbers: "
    "the destination sees {caller}": (
        "発信者が番号{caller}を通知し、転送先の電話機が番号表示に対応しているため、転送先には{caller}が表示される"
    ),
    "the caller withheld the number: the destination sees no number": (
        "発信者が番号を通知していないため、転送先に番号は表示されない"
    ),
    "the destination's phone cannot display numbers: it shows no number": (
        "転送先の電話機が番号表示に対応していないため、番号は表示されない"
    ),
    "the call from {leg} is charged to {payer}": "「{leg}」間の通話料金は{payer}に課金される",
    "What happens to this incoming call ({call})?": "この着信({call})はどう扱われるか",
    "When a call is forwarded to {destination}, what does the destination see and who pays? The caller's number: "
    "{caller_number}; the destination's phone displays numbers: {destination_displays_number}": (
        "{destination}へ転送される着信で、転送先に表示される番号と通話料金の負担者はどうなるか"
        "(発信者の番号: {caller_number}、転送先の電話機の番号表示: {destination_displays_number})"
    ),
    # outcomes and situations
    "forwarded": "転送",
    "not forwarded: offered to the contract line": "転送せず契約回線に着信",
    "rejected": "拒否",
    "the line is busy": "話中",
    "the line answers within the ring time": "呼出時間内に応答あり",
    "the line does not answer within the ring time": "呼出時間内に応答なし",
    # who pays which leg
    "the caller": "発信者",
    "the subscriber of the forwarding line": "転送元(着信転送サービスの契約者)",
    "the caller to the forwarding line": "発信者 - 転送元",
    "the forwarding line to the destination": "転送元 - 転送先",
    # fields
    "line busy": "話中",
    "answered within the ring time": "呼出時間内に応答",
    "caller's number withheld": "発信者番号の非通知",
    "number request (ナンバー・リクエスト) on": "ナンバー・リクエストの利用",
    "caller on the call-blocking (着信拒否) list": "着信拒否に登録された相手",
    "outcome": "扱い",
    "rules": "規定",
    "forwarded to": "転送先",
    "cannot be registered as a nuisance number": "迷惑電話として登録できない",
    "destination": "転送先",
    "number shown at the destination": "転送先に表示される番号",
    "call charges": "通話料金",
    "leg": "区間",
    "charged to": "課金先",
}
