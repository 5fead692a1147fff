"""着信転送サービスの142による操作(FWD-2)の説明文。"""

MESSAGES = {
    # what a row of the menu does
    "142 then {digits}: start forwarding, in the mode “{mode}”": "142の後に{digits}: 「{mode}」で着信転送を開始",
    "142 then {digits}: stop forwarding": "142の後に{digits}: 着信転送を停止",
    "142 then {digits}: register {number} as the single destination (list slot 0)": (
        "142の後に{digits}: {number}を転送先に登録(転送先リストの0番)"
    ),
    "142 then {digits}: store {number} in list slot {slot}": (
        "142の後に{digits}: {number}を転送先リストの{slot}番に登録"
    ),
    "142 then {digits}: forward to the number stored in list slot {slot}": (
        "142の後に{digits}: 転送先リストの{slot}番に登録した番号を転送先に指定"
    ),
    "142 then {digits}: the guidance reads back the destination list": (
        "142の後に{digits}: 転送先リストの登録内容を音声ガイダンスで確認"
    ),
    "142 then {digits}: use remote control, with the PIN {pin}": (
        "142の後に{digits}: 暗証番号{pin}でリモートコントロールを利用する"
    ),
    "142 then {digits}: do not use remote control": "142の後に{digits}: リモートコントロールを利用しない",
    "142 then {digits}: the guidance reads back the remote-control setting": (
        "142の後に{digits}: リモートコントロールの設定内容を音声ガイダンスで確認"
    ),
    # questions and answers
    "What does dialling 142 then {digits} on the contract line do?": (
        "契約回線から142の後に{digits}とダイヤルすると、どの操作になるか"
    ),
    "What is dialled after 142 for this operation ({op})?": "この操作({op})は、142の後に何とダイヤルするか",
    "142 then {result}": "142の後に{result}",
    # the modes
    "forward without ringing": "呼び出さずに転送する",
    "ring, then forward": "呼び出してから転送する",
    "forward when busy": "お話し中の時に転送する",
    "ring, then forward, or forward when busy": "呼び出してからもしくはお話し中の時に転送する",
    # the operations (and the remote-control actions that share their words)
    "start forwarding": "着信転送を開始",
    "stop forwarding": "着信転送を停止",
    "register the single destination": "転送先登録(転送先が1箇所の場合)",
    "store a number in the destination list": "転送先リストの登録",
    "choose the destination from the list": "転送先リストからの指定",
    "read back the destination list": "転送先リストの登録内容確認",
    "use remote control": "リモートコントロールを利用する",
    "do not use remote control": "リモートコントロールを利用しない",
    "read back the remote-control setting": "リモートコントロールの設定内容確認",
    # the fields of an operation
    "operation": "操作",
    "mode": "モード",
    "list slot": "リスト番号",
    "destination number": "転送先の電話番号",
    "PIN": "暗証番号",
}
