#!/usr/bin/env python3
"""Seed 001's appendix ("Batch CNN") as a student: its own equations, term by term, applied to
the bundled problem problems/seed001/seed001-conv.yaml. Writes the answers it gives (plain
Python loops over the report's sums, no gradecheck code, no PyTorch) as YAML on stdout.

  Z^(N,Q)_{m,n}   = sum_{P,i,j} X^(N,P)_{m+i,n+j} W^(P,Q)_{i,j} + b^(Q)         (forward pass)
  dL/dX^(N,P)_{l,k} = sum_{Q,m,n} delta^(N,Q)_{m,n} W^(P,Q)_{l-m,k-n}          (backward pass)
  dL/dW^(P,Q)_{i,j} = sum_{N,m,n} delta^(N,Q)_{m,n} X^(N,P)_{i+m,j+n}
  dL/db^(Q)         = sum_{N,m,n} delta^(N,Q)_{m,n}
  im2col: Z = W_rows (D x C*K*K) . X_cols (C*K*K x F), reshaped (N, D, F) -> (N, D, H-K+1, W-K+1):
          one row per filter weight (P, i, j), one column per example and position.

The filters are W in R^(F_l x F_(l+1) x d1 x d2), the report's layout (the problem's
`layout: [C, F, kh, kw]`), and dW is answered in it.
"""
import sys
import yaml

problem = yaml.safe_load(open(sys.argv[1] if len(sys.argv) > 1 else "problems/seed001/seed001-conv.yaml"))
g = problem["given"]
X, W, b, D = g["input"], g["filters"], g["bias"], g["upstream"]
B, C, H, Wd = len(X), len(X[0]), len(X[0][0]), len(X[0][0][0])
F, K1, K2 = len(W[0]), len(W[0][0]), len(W[0][0][0])
Ho, Wo = H - K1 + 1, Wd - K2 + 1

Z = [[[[sum(X[N][P][m + i][n + j] * W[P][Q][i][j] for P in range(C) for i in range(K1) for j in range(K2)) + b[Q]
        for n in range(Wo)] for m in range(Ho)] for Q in range(F)] for N in range(B)]

# W_{l-m, k-n} exists only where 0 <= l-m < K1 and 0 <= k-n < K2: the full convolution.
dX = [[[[sum(D[N][Q][m][n] * W[P][Q][l - m][k - n] for Q in range(F) for m in range(Ho) for n in range(Wo)
             if 0 <= l - m < K1 and 0 <= k - n < K2)
         for k in range(Wd)] for l in range(H)] for P in range(C)] for N in range(B)]

dW = [[[[sum(D[N][Q][m][n] * X[N][P][i + m][j + n] for N in range(B) for m in range(Ho) for n in range(Wo))
         for j in range(K2)] for i in range(K1)] for Q in range(F)] for P in range(C)]

db = [sum(D[N][Q][m][n] for N in range(B) for m in range(Ho) for n in range(Wo)) for Q in range(F)]

im2col = [[X[N][P][m + i][n + j] for N in range(B) for m in range(Ho) for n in range(Wo)]
          for P in range(C) for i in range(K1) for j in range(K2)]

flow = lambda v: yaml.safe_dump(v, default_flow_style=True, width=10_000).strip()
print(f"""    Z: {flow(Z)}
    dX: {flow(dX)}
    dW: {flow(dW)}
    db: {flow(db)}
    im2col: {flow(im2col)}""")
