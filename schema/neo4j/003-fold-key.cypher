// Entities written before _foldKey existed get it from _fold (once; later starts find none).
MATCH (n:Node) WHERE n._fold IS NOT NULL AND n._foldKey IS NULL
CALL (n) { SET n._foldKey = '␟' + reduce(s = '', x IN n._fold | s + x + '␟') } IN TRANSACTIONS OF 10000 ROWS;
