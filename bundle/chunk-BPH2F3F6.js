import{createRequire as __gcRequire}from'node:module';import{fileURLToPath as __gcPath}from'node:url';import{dirname as __gcDir}from'node:path';const require=__gcRequire(import.meta.url);const __filename=__gcPath(import.meta.url);const __dirname=__gcDir(__filename);
import{$ as Mc,$a as eu,$b as vp,$c as _W,$d as ng,$e as Ng,$f as _i,$g as Cs,$h as xC,$i as JC,A as _o,Aa as tp,Ab as fi,Ac as IW,Ad as Ir,Ae as du,Af as Lt,Ag as Vg,Ah as x2,Ai as Yp,Aj as Cw,B as Lo,Ba as In,Bb as hi,Bc as vW,Bd as jh,Be as A$,Bf as Xs,Bg as ns,Bh as y2,Bi as EC,Bj as ww,C as Rc,Ca as vn,Cb as gi,Cc as TW,Cd as Xh,Ce as xg,Cf as Ag,Cg as J$,Ch as jp,Ci as RC,Cj as Nw,D as Hb,Da as Tn,Db as xi,Dc as Bp,Dd as S$,De as Mt,Df as yt,Dg as t2,Dh as mC,Di as mt,Dj as Sw,E as Kb,Ea as Zo,Eb as Rn,Ec as nC,Ed as iu,Ee as De,Ef as bu,Eg as e2,Eh as dC,Ei as $C,Ej as tx,F as $c,Fa as Qb,Fb as yi,Fc as kW,Fd as $i,Fe as js,Ff as Cu,Fg as r2,Fh as zi,Fi as DC,G as Dc,Ga as Zb,Gb as $n,Gc as AW,Gd as gs,Ge as Oe,Gf as br,Gg as Bg,Gh as fC,Gi as OC,H as Oc,Ha as ep,Hb as hp,Hc as EW,Hd as Yh,He as fe,Hf as wu,Hg as vu,Hh as hC,Hi as FC,I as Cn,Ia as Uh,Ib as gp,Ic as C,Id as Qh,Ie as bt,If as Eg,Ig as Tu,Ih as ZW,Ii as _C,J as qb,Ja as kn,Jb as xp,Jc as se,Jd as Zh,Je as yg,Jf as Rg,Jg as ku,Jh as b2,Ji as LC,K as zo,Ka as Yl,Kb as yp,Kc as ae,Kd as Jh,Ke as bg,Kf as F$,Kg as s2,Kh as C2,Ki as zC,L as Po,La as Ql,Lb as bi,Lc as v,Ld as tg,Le as E$,Lf as _$,Lg as Mg,Lh as _e,Li as PC,M as Vo,Ma as Zl,Mb as Dn,Mc as RW,Md as eg,Me as Bn,Mf as Nu,Mg as Au,Mh as Jg,Mi as VC,N as Fc,Na as bW,Nb as bp,Nc as $W,Nd as Di,Ne as R$,Nf as $g,Ng as Eu,Nh as w2,Ni as BC,O as Bo,Oa as Jb,Ob as Ci,Oc as He,Od as aC,Oe as fu,Of as L$,Og as Ru,Oh as N2,Oi as MC,P as Mo,Pa as CW,Pb as On,Pc as Ri,Pd as Hs,Pe as cC,Pf as kr,Pg as Kp,Ph as S2,Pi as GC,Q as Go,Qa as Jl,Qb as Fn,Qc as rs,Qd as _,Qe as Cg,Qf as Qt,Qg as $u,Qh as L,Qi as WC,R as _c,Ra as Jo,Rb as Cp,Rc as de,Rd as au,Re as pC,Rf as pe,Rg as Li,Rh as gC,Ri as UC,S as Wo,Sa as wW,Sb as _n,Sc as su,Sd as rg,Se as Wp,Sf as je,Sg as Hn,Sh as JW,Si as HC,T as wn,Ta as tu,Tb as wp,Tc as rr,Td as Ke,Te as Vr,Tf as z$,Tg as Gg,Th as tU,Ti as KC,U as Lc,Ua as rp,Ub as ru,Uc as b$,Ud as sr,Ue as hu,Uf as Wn,Ug as Wg,Uh as eU,Ui as qC,V as Uo,Va as ti,Vb as wi,Vc as gr,Vd as Ks,Ve as ss,Vf as Dg,Vg as Ug,Vh as rU,Vi as jC,W as zc,Wa as ei,Wb as Ni,Wc as C$,Wd as be,We as dt,Wf as Og,Wg as nr,Wh as sU,Wi as XC,X as Pc,Xa as ri,Xb as Si,Xc as xr,Xd as Pn,Xe as we,Xf as Fi,Xg as Hg,Xh as nU,Xi as YC,Y as Vc,Ya as si,Yb as Np,Yc as DW,Yd as I$,Ye as Ot,Yf as P$,Yg as Kg,Yh as oU,Yi as Vi,Z as Ho,Za as sp,Zb as Sp,Zc as OW,Zd as lu,Ze as ct,Zf as V$,Zg as bs,Zh as Ee,Zi as QC,_ as Bc,_a as ni,_b as Ip,_c as FW,_d as sg,_e as wg,_f as Ys,_g as ge,_h as iU,_i as ZC,a as Tc,aa as Gc,ab as np,ac as Tp,ad as LW,ae as og,af as qe,ag as he,ah as qg,ai as aU,aj as tw,b as kc,ba as Ko,bb as oi,bc as kp,bd as Sr,be as ig,bf as Fe,bg as B$,bh as jg,bi as yC,bj as ne,c as $t,ca as jl,cb as ii,cc as Ii,cd as nu,ce as v$,cf as Sg,cg as Un,ch as os,ci as Br,cj as ew,d as Ub,da as Xl,db as op,dc as rC,dd as zW,de as T$,df as vr,dg as M$,dh as qp,di as bC,dj as rw,e as er,ea as jb,eb as ip,ec as Ap,ed as $,ee as k$,ef as Up,eg as G$,eh as n2,ei as lU,ej as sw,f as xW,fa as Nn,fb as Hh,fc as Ep,fd as It,fe as ag,ff as Mn,fg as W$,fh as o2,fi as Kn,fj as nw,g as O,ga as Wc,gb as tC,gc as Rp,gd as Kt,ge as lg,gf as Gn,gg as U$,gh as i2,gi as Xp,gj as ow,h as yW,ha as Sn,hb as ap,hc as $p,hd as PW,he as ug,hf as ce,hg as Su,hh as a2,hi as CC,hj as iw,i as Mh,ia as qo,ib as lp,ic as Kh,id as w$,ie as Ce,if as yr,ig as Fg,ih as QW,ii as wC,ij as aw,j as dn,ja as jo,jb as up,jc as vi,jd as VW,je as cg,jf as $$,jg as Iu,jh as l2,ji as S,jj as Ss,k as fn,ka as Xb,kb as ai,kc as Ln,kd as BW,ke as pg,kf as Ig,kg as _g,kh as Xg,ki as Le,kj as lw,l as Gh,la as Wh,lb as li,lc as Ti,ld as MW,le as mg,lf as vg,lg as H$,lh as Du,li as U,lj as uw,m as Ao,ma as Xo,mb as ui,mc as Dp,md as GW,me as dg,mf as Tg,mg as K$,mh as Yg,mi as NC,n as Ac,na as Uc,nb as ci,nc as Op,nd as WW,ne as qs,nf as gu,ng as q$,nh as Ou,ni as or,nj as Mr,o as Ec,oa as Hc,ob as NW,oc as Fp,od as Mp,oe as uu,of as xu,og as j$,oh as Ae,oi as ir,oj as cw,p as Eo,pa as Kc,pb as pi,pc as _p,pd as oC,pe as lC,pf as xs,pg as Lg,ph as u2,pi as SC,pj as pw,q as Ro,qa as qc,qb as mi,qc as ki,qd as UW,qe as cu,qf as D$,qg as YW,qh as Qg,qi as IC,qj as mw,r as hn,ra as jc,rb as cp,rc as Ai,rd as iC,re as fg,rf as kg,rg as X$,rh as c2,ri as ar,rj as Qp,s as gn,sa as Xc,sb as pp,sc as SW,sd as Tt,se as uC,sf as Tr,sg as Hp,sh as p2,si as vC,sj as dw,t as xn,ta as Yo,tb as mp,tc as Ei,td as j,te as hg,tf as yu,tg as Y$,th as Ct,ti as ws,tj as fw,u as yn,ua as Qo,ub as dp,uc as zn,ud as ou,ue as Vn,uf as HW,ug as ys,uh as m2,ui as TC,uj as hw,v as bn,va as Yc,vb as fp,vc as sC,vd as N$,ve as pu,vf as KW,vg as Q$,vh as d2,vi as Pi,vj as gw,w as $o,wa as Yb,wb as eC,wc as Lp,wd as Z,we as Oi,wf as qW,wg as zg,wh as f2,wi as kC,wj as xw,x as Do,xa as Qc,xb as An,xc as zp,xd as qh,xe as mu,xf as jW,xg as Z$,xh as h2,xi as Er,xj as yw,y as Oo,ya as Zc,yb as En,yc as Pp,yd as it,ye as Gp,yf as O$,yg as Pg,yh as Zg,yi as Ns,yj as bw,z as Fo,za as Jc,zb as di,zc as Vp,zd as R,ze as gg,zf as XW,zg as Ar,zh as g2,zi as AC,zj as Zp}from"./chunk-HFEB77SK.js";import{a as Vh,d as Bt,e as Bh}from"./chunk-U567NIXE.js";var Jp={kernelName:"Abs",inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(r,Cs(j(e,"float32"),-1))}}};var Iw={kernelName:dn,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>{let s=Ot(j(e,"float32")),n=we(yt(dt(1),s));return Lt(it(r,n))}}}};var vw={kernelName:fn,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>{let s=we(yt(Ot(j(e,"float32")),1));return it(r,s)}}}};var Tw={kernelName:"Add",inputsToSave:["a","b"],gradFunc:(r,t)=>{let[e,s]=t,n=De(e.shape,s.shape);return{a:()=>{let a=r,l=Mt(e.shape,n);return l.length>0&&(a=ct(a,l)),_(a,e.shape)},b:()=>{let a=r,l=Mt(s.shape,n);return l.length>0&&(a=ct(a,l)),_(a,s.shape)}}}};var kw={kernelName:Ao,saveAllInputs:!0,gradFunc:(r,t)=>{let e={};return t.forEach((s,n)=>{e[n]=()=>r.clone()}),e}};var Aw={kernelName:Eo,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>bt(e)}}};var Ew={kernelName:Ro,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>bt(e)}}};var Rw={kernelName:hn,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>it(r,we(yt(dt(1),Ot(j(e,"float32")))))}}};var $w={kernelName:gn,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>{let s=we(Z(dt(1),Ot(j(e,"float32"))));return it(r,s)}}}};var Dw={kernelName:bn,inputsToSave:["a","b"],gradFunc:(r,t)=>{let[e,s]=t,n=De(e.shape,s.shape);return{a:()=>{let a=Z(Ot(e),Ot(s)),l=R(r,it(s,a)),u=Mt(e.shape,n);return u.length>0&&(l=ct(l,u)),_(l,e.shape)},b:()=>{let a=Z(Ot(e),Ot(s)),l=Lt(R(r,it(e,a))),u=Mt(s.shape,n);return u.length>0&&(l=ct(l,u)),_(l,s.shape)}}}};var Ow={kernelName:xn,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>it(r,Z(Ot(j(e,"float32")),1))}}};var Fw={kernelName:yn,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>it(r,yt(dt(1),Ot(j(e,"float32"))))}}};function I2(r,t,e,s,n,o){let i=rr(r,"dy","avgPool3dGrad"),a=rr(t,"input","avgPool3dGrad"),l=i,u=a,c=!1;a.rank===4&&(c=!0,l=_(i,[1,i.shape[0],i.shape[1],i.shape[2],i.shape[3]]),u=_(a,[1,a.shape[0],a.shape[1],a.shape[2],a.shape[3]])),$t(l.rank===5,()=>`Error in avgPool3dGrad: dy must be rank 5 but got rank ${l.rank}.`),$t(u.rank===5,()=>`Error in avgPool3dGrad: input must be rank 5 but got rank ${u.rank}.`),Hs("avgPool3dGrad",n,o);let p={dy:l,input:u},m={filterSize:e,strides:s,pad:n,dimRoundingMode:o},d=de.runKernel(Fo,p,m);return c?_(d,[d.shape[1],d.shape[2],d.shape[3],d.shape[4]]):d}var _w=gr({avgPool3dGrad_:I2});var Lw={kernelName:Oo,inputsToSave:["x"],gradFunc:(r,t,e)=>{let[s]=t,{filterSize:n,strides:o,pad:i,dimRoundingMode:a}=e;return{x:()=>_w(r,s,n,o,i,a)}}};function v2(r,t,e,s,n){let o=rr(r,"dy","avgPoolGrad"),i=rr(t,"input","avgPoolGrad");$t(i.rank===o.rank,()=>`Rank of input (${i.rank}) does not match rank of dy (${o.rank})`);let a=i,l=o,u=!1;i.rank===3&&(u=!0,a=_(i,[1,i.shape[0],i.shape[1],i.shape[2]]),l=_(o,[1,o.shape[0],o.shape[1],o.shape[2]])),$t(l.rank===4,()=>`Error in avgPoolGrad: dy must be rank 4 but got rank ${l.rank}.`),$t(a.rank===4,()=>`Error in avgPoolGrad: input must be rank 4 but got rank ${a.rank}.`);let c={dy:l,input:a},p={filterSize:e,strides:s,pad:n},m=de.runKernel(Do,c,p);return u?_(m,[m.shape[1],m.shape[2],m.shape[3]]):m}var zw=gr({avgPoolGrad_:v2});var Pw={kernelName:$o,inputsToSave:["x"],gradFunc:(r,t,e)=>{let[s]=t,{filterSize:n,strides:o,pad:i}=e;return{x:()=>zw(r,s,n,o,i)}}};var Vw={kernelName:_o,inputsToSave:["a","b"],gradFunc:(r,t,e)=>{let[s,n]=t,{transposeA:o,transposeB:i}=e;return!o&&!i?{a:()=>sr(r,n,!1,!0),b:()=>sr(s,r,!0,!1)}:!o&&i?{a:()=>sr(r,n,!1,!1),b:()=>sr(r,s,!0,!1)}:o&&!i?{a:()=>sr(n,r,!1,!0),b:()=>sr(s,r,!1,!1)}:{a:()=>sr(n,r,!0,!0),b:()=>sr(r,s,!0,!0)}}};var Bw={kernelName:Lo,gradFunc:(r,t,e)=>{let{blockShape:s,crops:n}=e;return{x:()=>Su(r,s,n)}}};var Mw={kernelName:Kb,gradFunc:(r,t,e)=>{let s=e,n=s.inputShape,o=s.shape,i=Array.from(o);for(let l=n.length-1;l>=0;l--)if(n[l]===o[l])i[l]=1;else if(n[l]!==1)throw new Error(`broadcastTo(): [${n}] cannot be broadcast to [${o}].`);let a=[];for(let l=0;l<i.length;l++)i[l]>1&&a.push(l);return{x:()=>ct(r,a,!0)}}};var Gw={kernelName:Dc,gradFunc:r=>({x:()=>r.clone()})};var Ww={kernelName:Oc,gradFunc:r=>({x:()=>bt(r)})};var Uw={kernelName:Cn,inputsToSave:["x"],gradFunc:(r,t,e)=>{let[s]=t,{clipValueMin:n,clipValueMax:o}=e;return{x:()=>fe(br(yr(s,n),xs(s,o)),r,bt(r))}}};var Hw={kernelName:zo,inputsToSave:["x"],gradFunc:Jp.gradFunc};var Kw={kernelName:Po,saveAllInputs:!0,gradFunc:(r,t,e)=>{let s=t.map(l=>l.shape),{axis:n}=e,o=er(n,t[0].shape)[0],i=s.map(l=>l[o]);return nr(r,i,o).map(l=>()=>l)}};var jw={kernelName:Vo,inputsToSave:["x","filter"],gradFunc:(r,t,e)=>{let[s,n]=t,{dilations:o,strides:i,pad:a,dataFormat:l}=e;return $t(Di(o),()=>`Error in gradient of conv2D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '${o}'`),{x:()=>lC(s.shape,r,n,i,a,l),filter:()=>jp(s,r,n.shape,i,a,l)}}};var Xw={kernelName:Bo,inputsToSave:["dy","filter"],gradFunc:(r,t,e)=>{let[s,n]=t,{strides:o,pad:i,dataFormat:a,dimRoundingMode:l}=e;return{dy:()=>qs(r,n,o,i,a,1,l),filter:()=>jp(r,s,n.shape,o,i,a,l)}}};function T2(r,t,e,s,n){let o=r;r.rank===4&&(o=_(r,[1,r.shape[0],r.shape[1],r.shape[2],r.shape[3]]));let i=t;i.rank===4&&(i=_(t,[1,t.shape[0],t.shape[1],t.shape[2],t.shape[3]])),$t(o.rank===5,()=>`Error in conv3dDerFilter: input must be rank 5, but got shape ${o.shape}.`),$t(i.rank===5,()=>`Error in conv3dDerFilter: dy must be rank 5, but got shape ${i.shape}.`),$t(e.length===5,()=>`Error in conv3dDerFilter: filterShape must be length 5, but got ${e}.`),$t(o.shape[4]===e[3],()=>`Error in conv3dDerFilter: depth of input ${o.shape[4]}) must match input depth in filter (${e[3]}.`),$t(i.shape[4]===e[4],()=>`Error in conv3dDerFilter: depth of dy (${i.shape[4]}) must match output depth for filter (${e[4]}).`);let a={x:o,dy:i},l={strides:s,pad:n,filterShape:e};return de.runKernel(Go,a,l)}var Yw=gr({conv3DBackpropFilter_:T2});var Qw={kernelName:Mo,inputsToSave:["x","filter"],gradFunc:(r,t,e)=>{let{dilations:s,strides:n,pad:o}=e;$t(Di(s),()=>`Error in gradient of conv3D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '${s}'`);let[i,a]=t;return{x:()=>uC(i.shape,r,a,n,o),filter:()=>Yw(i,r,a.shape,n,o)}}};var Zw={kernelName:"Cos",inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(Lt(Au(j(e,"float32"))),r)}}};var Jw={kernelName:wn,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(Eu(j(e,"float32")),r)}}};var tN={kernelName:Uo,inputsToSave:["x"],gradFunc:(r,t,e)=>{let[s]=t,{axis:n,exclusive:o,reverse:i}=e;return{x:()=>{let a=pC([n],s.rank),l=mu(r,n,o,!i);return a!=null&&(l=Ct(l,a)),l}}}};var eN={kernelName:Ho,inputsToSave:["x","filter"],gradFunc:(r,t,e)=>{let{dilations:s,strides:n,pad:o,dimRoundingMode:i}=e,a=s??[1,1];$t(Di(a),()=>`Error in gradient of depthwiseConv2dNative: dilation rates greater than 1 are not yet supported. Got dilations '${a}'`);let[l,u]=t;return $t(l.rank===4,()=>`Error in gradient of depthwiseConv2dNative: input must be rank 4, but got rank ${l.rank}.`),$t(u.rank===4,()=>`Error in gradient of depthwiseConv2dNative: filter must be rank 4, but got rank ${u.rank}.`),$t(l.shape[3]===u.shape[2],()=>`Error in gradient of depthwiseConv2d: number of input channels (${l.shape[3]}) must match the inChannels dimension in filter ${u.shape[2]}.`),$t(aC(n,a),()=>`Error in gradient of depthwiseConv2d: Either strides or dilations must be  1. Got strides ${n} and dilations '${a}'.`),Hs("depthwiseConv2d",o,i),{x:()=>dC(l.shape,r,u,n,o,a,i),filter:()=>mC(l,r,u.shape,n,o,a,i)}}};var rN={kernelName:Ko,inputsToSave:["x","filter"],gradFunc:(r,t,e)=>{let[s,n]=t,o={x:s,filter:n,dy:r},i={x:s,filter:n,dy:r};return{x:()=>de.runKernel(jl,o,e),filter:()=>de.runKernel(Xl,i,e)}}};var sN={kernelName:"Elu",outputsToSave:[!0],gradFunc:(r,t)=>{let[e]=t,s={dy:r,y:e};return{x:()=>de.runKernel(qo,s)}}};var nN={kernelName:"Erf",inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t,s=R(qe(Lt(Ot(e))),2/Math.sqrt(Math.PI));return{x:()=>R(r,s)}}};var oN={kernelName:"Exp",outputsToSave:[!0],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(r,e)}}};var iN={kernelName:Xo,inputsToSave:["input"],gradFunc:(r,t)=>{let[e]=t;return{input:()=>_(r,e.shape)}}};var aN={kernelName:Uc,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(r,qe(e))}}};var lN={kernelName:jc,gradFunc:r=>({x:()=>bt(r)})};var uN={kernelName:Xc,inputsToSave:["a","b"],gradFunc:(r,t)=>{let[e,s]=t,n=De(e.shape,s.shape);return{a:()=>{let a=it(r,j(s,"float32")),l=Mt(e.shape,n);return l.length>0?_(ct(a,l),e.shape):a},b:()=>{let a=R(r,j(e,"float32")),l=Mt(s.shape,n);l.length>0&&(a=_(ct(a,l),s.shape));let u=Ot(s);return Lt(it(a,j(u,"float32")))}}}};var cN={kernelName:Yo,inputsToSave:["x","mean","variance","scale"],gradFunc:(r,t,e)=>{let{varianceEpsilon:s}=e,[n,o,i,a]=t,l=a??dt(1),u=Mt(o.shape,n.shape),c=[];if(o.rank===1){for(let w=0;w<n.shape.length-1;++w)c.push(n.shape[w]);c.push(1)}let p=yt(n,o),m=R(r,l),d=vu(Z(i,dt(s))),f=R(R(R(d,d),d),dt(-.5));return{x:()=>o.rank===1?_(R(R(r,vr(_(d,[1,1,1,o.shape[0]]),c)),l),n.shape):_(R(R(r,d),l),n.shape),mean:()=>{let w=R(R(d,dt(-1)),m);return o.rank===1&&(w=ct(w,u)),_(w,o.shape)},variance:()=>{let w=R(R(f,p),m);return o.rank===1&&(w=ct(w,u)),_(w,o.shape)},scale:()=>{let w=R(p,d),I=R(r,w);return o.rank===1&&(I=ct(I,u)),_(I,o.shape)},offset:()=>{let w=r;return o.rank===1&&(w=ct(w,u)),_(w,o.shape)}}}};var dN={kernelName:Qo,inputsToSave:["x","indices"],gradFunc:(r,t,e)=>{let[s,n]=t,{axis:o,batchDims:i}=e,a=er(o,s.shape)[0],l=(u,c,p)=>()=>{let m=u.shape,d=c.size,f=m.slice(0,a),h=f.length,g=m.slice(o,m.length).slice(1),x=g.length,y=pN(0,h),N=pN(h+1,h+1+x),w=mN([f,[d],g]),I=_(p,w),T=_(c,[d]),A=mN([[h],y,N]),E=Ct(I,A),D=Ou(E,T,u.shape[a]),F=Wp(A);return D=Ct(D,F),D};if(i===1){let u=s.shape[0],c=s.split(u,0);return{x:()=>ge(c.map((d,f)=>l(d,n.slice(f,1),r.slice(f,1))())).reshape(s.shape),indices:()=>n}}else return{x:l(s,n,r),indices:()=>n}}};function pN(r,t){let e=[];for(let s=r;s<t;++s)e.push(s);return e}function mN(r){let t=[];for(let e=0;e<r.length;++e)for(let s=0;s<r[e].length;++s)t.push(r[e][s]);return t}var fN={kernelName:Qc,inputsToSave:["a","b"],gradFunc:(r,t)=>{let[e,s]=t;return{a:()=>bt(e),b:()=>bt(s)}}};var hN={kernelName:Zc,gradFunc:r=>({x:()=>j(r,"float32")})};var gN={kernelName:In,gradFunc:r=>({x:()=>bt(r)})};var xN={kernelName:vn,gradFunc:r=>({x:()=>bt(r)})};var yN={kernelName:Tn,gradFunc:r=>({x:()=>bt(r)})};var bN={kernelName:Zo,inputsToSave:["x"],gradFunc:(r,t,e)=>{let[s]=t,{alpha:n}=e,o=ce(s,0);return{x:()=>fe(o,r,R(r,n))}}};var CN={kernelName:kn,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>it(r,Z(e,1))}}};var wN={kernelName:"Log",inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>it(r,j(e,"float32"))}}};var NN={kernelName:Jb,inputsToSave:[],outputsToSave:[!0],gradFunc:(r,t,e)=>{let[s]=t,{axis:n}=e;return{logits:()=>{let i=qe(s);return yt(r,R(ct(r,n,!0),i))}}}};function k2(r,t,e,s=5,n=1,o=1,i=.5){let a={x:r,y:t,dy:e},l={depthRadius:s,bias:n,alpha:o,beta:i};return de.runKernel(Jo,a,l)}var SN=gr({localResponseNormalizationBackprop_:k2});var IN={kernelName:"LRN",inputsToSave:["x"],outputsToSave:[!0],gradFunc:(r,t,e)=>{let[s,n]=t,{depthRadius:o,bias:i,alpha:a,beta:l}=e;return{x:()=>SN(s,n,r,o,i,a,l)}}};function tm(r,t,e,s){return t.rank<e.rank&&(t=_(t,Cg(t.shape,s))),r.rank<e.rank&&(r=_(r,Cg(r.shape,s))),{x:()=>R(r,j(Oe(e,t),r.dtype))}}var ex={kernelName:"Max",inputsToSave:["x"],outputsToSave:[!0],gradFunc:(r,t,e)=>{let s=e,{reductionIndices:n}=s,o=t[0],i=t[1],a=er(n,o.shape),l=tm(r,i,o,a);return{x:()=>l.x()}}};var vN={kernelName:rp,inputsToSave:["a","b"],gradFunc:(r,t)=>{let[e,s]=t;return{a:()=>R(r,j(yr(e,s),"float32")),b:()=>R(r,j(xu(e,s),"float32"))}}};function E2(r,t,e,s,n,o,i){let a=rr(r,"dy","maxPool3dGrad"),l=rr(t,"input","maxPool3dGrad"),u=rr(e,"output","maxPool3dGrad"),c=a,p=l,m=u,d=!1;l.rank===4&&(d=!0,c=_(a,[1,a.shape[0],a.shape[1],a.shape[2],a.shape[3]]),p=_(l,[1,l.shape[0],l.shape[1],l.shape[2],l.shape[3]]),m=_(u,[1,u.shape[0],u.shape[1],u.shape[2],u.shape[3]])),$t(c.rank===5,()=>`Error in maxPool3dGrad: dy must be rank 5 but got rank ${c.rank}.`),$t(p.rank===5,()=>`Error in maxPool3dGrad: input must be rank 5 but got rank ${p.rank}.`),$t(m.rank===5,()=>`Error in maxPool3dGrad: output must be rank 5 but got rank ${m.rank}.`),Hs("maxPool3dGrad",o,i);let f={dy:c,input:p,output:m},h={filterSize:s,strides:n,pad:o,dimRoundingMode:i},g=de.runKernel(si,f,h);return d?_(g,[g.shape[1],g.shape[2],g.shape[3],g.shape[4]]):g}var TN=gr({maxPool3dGrad_:E2});var kN={kernelName:ri,inputsToSave:["x"],outputsToSave:[!0],gradFunc:(r,t,e)=>{let[s,n]=t,{filterSize:o,strides:i,pad:a,dimRoundingMode:l}=e;return{x:()=>TN(r,s,n,o,i,a,l)}}};function R2(r,t,e,s,n,o,i){let a=rr(r,"dy","maxPoolGrad"),l=rr(t,"input","maxPoolGrad"),u=rr(e,"output","maxPoolGrad");$t(l.rank===a.rank,()=>`Rank of input (${l.rank}) does not match rank of dy (${a.rank})`),$t(a.rank===4,()=>`Error in maxPoolGrad: dy must be rank 4 but got rank ${a.rank}.`),$t(l.rank===4,()=>`Error in maxPoolGrad: input must be rank 4 but got rank ${l.rank}.`),Hs("maxPoolGrad",o,i);let c={dy:a,input:l,output:u},p={filterSize:s,strides:n,pad:o,dimRoundingMode:i};return de.runKernel(ei,c,p)}var AN=gr({maxPoolGrad_:R2});var EN={kernelName:ti,inputsToSave:["x"],outputsToSave:[!0],gradFunc:(r,t,e)=>{let[s,n]=t,{filterSize:o,strides:i,pad:a}=e;return{x:()=>AN(r,s,n,o,i,a)}}};var RN={kernelName:ni,inputsToSave:["x"],gradFunc:(r,t,e)=>{let[s]=t,{axis:n}=e,o=er(n,s.shape),a=cC(s.shape,o)[1],l=Ub(a);return{x:()=>{let c=s.shape.slice();o.forEach(d=>{c[d]=1});let p=_(r,c);return it(R(p,je(s.shape,"float32")),l)}}}};var $N={kernelName:"Min",inputsToSave:["x"],outputsToSave:[!0],gradFunc:(r,t,e)=>{let s=e,{axis:n}=s,[o,i]=t,a=er(n,o.shape),l=tm(r,i,o,a);return{x:()=>l.x()}}};var DN={kernelName:np,inputsToSave:["a","b"],gradFunc:(r,t)=>{let[e,s]=t;return{a:()=>R(r,j(xs(e,s),"float32")),b:()=>R(r,j(ce(e,s),"float32"))}}};var ON={kernelName:oi,inputsToSave:["x"],gradFunc:(r,t,e)=>{let s=t[0],{paddings:n}=e,o=n.map(i=>i[0]);return{x:()=>be(r,o,s.shape)}}};var FN={kernelName:"Mod",inputsToSave:["a","b"],gradFunc:(r,t)=>{let[e,s]=t,n=De(e.shape,s.shape);return{a:()=>{let a=Mt(e.shape,n);return a.length>0?_(ct(r,a),e.shape):r},b:()=>{let a=R(r,Lt(Mn(it(e,s)))),l=Mt(s.shape,n);return l.length>0?_(ct(a,l),s.shape):a}}}};var _N={kernelName:ip,inputsToSave:["a","b"],gradFunc:(r,t)=>{let[e,s]=t,n=De(e.shape,s.shape);return{a:()=>{let a=R(r,j(s,"float32")),l=Mt(e.shape,n);return l.length>0?_(ct(a,l),e.shape):a},b:()=>{let a=R(r,j(e,"float32")),l=Mt(s.shape,n);return l.length>0?_(ct(a,l),s.shape):a}}}};var LN={kernelName:"Neg",gradFunc:r=>({x:()=>Lt(r)})};var zN={kernelName:li,inputsToSave:["indices"],gradFunc:(r,t)=>{let e=t[0];return{indices:()=>pe(e.shape,"float32")}}};var PN={kernelName:ai,gradFunc:r=>({x:()=>bt(r)})};var VN={kernelName:ui,saveAllInputs:!0,gradFunc:(r,t,e)=>{let{axis:s}=e;return Ae(r,s).map(o=>()=>o)}};var rx={kernelName:ci,inputsToSave:["x"],gradFunc:(r,t,e)=>{let s=t[0],{paddings:n}=e,o=n.map(i=>i[0]);return{x:()=>be(r,o,s.shape)}}};var BN={kernelName:"Pow",inputsToSave:["a","b"],outputsToSave:[!0],gradFunc:(r,t)=>{let[e,s,n]=t,o=e,i=s,a=De(o.shape,i.shape);return{a:()=>{let c=j(i,"float32"),p=R(r,R(c,ss(o,yt(c,dt(1))))),m=Mt(o.shape,a);return m.length>0&&(p=ct(p,m)),_(p,o.shape)},b:()=>{let c=ce(o,0),p=fe(c,Tr(o),bt(o)),m=R(r,R(n,p)),d=Mt(i.shape,a);return d.length>0&&(m=ct(m,d)),_(m,i.shape)}}}};var MN={kernelName:mi,inputsToSave:["x","alpha"],gradFunc:(r,t)=>{let[e,s]=t,n=ce(e,0);return{x:()=>fe(n,r,R(r,s)),alpha:()=>{let o=fe(n,bt(r),R(r,e)),i=Mt(s.shape,r.shape);return i.length>0&&(o=ct(o,i)),_(o,s.shape)}}}};function $2(r,t,e){let s=r.shape.slice();s[e]=1;let n=_(t,s),o=Oi(r,e,!0,!1),i=Oi(r,e,!0,!0),a=R(o,i);return R(n,a)}function D2(r,t,e){let s=r.shape.length,n=s-e.length,o=S.getAxesPermutation(e,s),i=r;o!=null&&(i=Ct(r,o));let a=i.shape.slice(),u=a.splice(s-e.length,e.length).reduce((m,d)=>m*d,1);a.push(u);let c=i.reshape(a),p=$2(c,t,n);if(p=p.reshape(i.shape),o!=null){let m=S.getUndoAxesPermutation(o);p=Ct(p,m)}return p}var GN={kernelName:cp,inputsToSave:["x"],gradFunc:(r,t,e)=>{let[s]=t,{axis:n}=e,o=[];return n==null?o=s.shape.map((i,a)=>a):typeof n=="number"?o=[n]:o=n,{x:()=>D2(s,r,o)}}};var WN={kernelName:Nn,inputsToSave:["a","b"],gradFunc:(r,t)=>{let[e,s]=t,n=De(e.shape,s.shape);return{a:()=>{let a=it(r,j(s,"float32")),l=Mt(e.shape,n);return l.length>0?_(ct(a,l),e.shape):a},b:()=>{let a=R(r,j(e,"float32")),l=Mt(s.shape,n);l.length>0&&(a=_(ct(a,l),s.shape));let u=Ot(s);return Lt(it(a,j(u,"float32")))}}}};var UN={kernelName:An,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>it(r,Lt(Ot(e)))}}};var HN={kernelName:Rn,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t,s=R(xs(e,6),Cs(e));return{x:()=>R(r,j(s,"float32"))}}};var KN={kernelName:En,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(r,j(Cs(e),"float32"))}}};var qN={kernelName:di,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>_(r,e.shape)}}};var jN={kernelName:gi,inputsToSave:["images"],gradFunc:(r,t,e)=>{let[s]=t,n={dy:r,images:s};return{images:()=>de.runKernel(xi,n,e)}}};var XN={kernelName:fi,inputsToSave:["images"],gradFunc:(r,t,e)=>{let[s]=t,n={dy:r,images:s};return{images:()=>de.runKernel(hi,n,e)}}};var YN={kernelName:yi,gradFunc:(r,t,e)=>{let{dims:s}=e,n=er(s,r.shape);return{x:()=>ns(r,n)}}};var QN={kernelName:$n,gradFunc:r=>({x:()=>bt(r)})};var ZN={kernelName:hp,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>Lt(it(r,R(ss(e,1.5),2)))}}};var JN={kernelName:bi,inputsToSave:["condition"],gradFunc:(r,t)=>{let[e]=t;return{condition:()=>j(bt(e),"float32"),t:()=>R(r,j(e,r.dtype)),e:()=>R(r,j(wu(e),r.dtype))}}};var tS={kernelName:Dn,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>{let s=ce(e,dt(0)),n=dt(CC),o=dt(wC),i=R(r,o),a=R(R(r,n),qe(j(e,"float32")));return fe(s,i,a)}}}};var eS={kernelName:Cp,outputsToSave:[!0],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(r,R(e,yt(dt(1),e)))}}};var rS={kernelName:Fn,gradFunc:r=>({x:()=>bt(r)})};var sS={kernelName:"Sin",inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(Vn(j(e,"float32")),r)}}};var nS={kernelName:On,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(pu(j(e,"float32")),r)}}};var oS={kernelName:bp,inputsToSave:["x"],gradFunc:(r,t,e)=>{let[s]=t,{begin:n,size:o}=e,i=s.shape,[a,l]=yC(s,n,o),u=[];for(let c=0;c<r.rank;c++)u.push([a[c],i[c]-a[c]-l[c]]);return{x:()=>Un(r,u)}}};var iS={kernelName:Si,outputsToSave:[!0],gradFunc:(r,t,e)=>{let[s]=t,{dim:n}=e,o=!0,i=R(r,s);return{logits:()=>yt(i,R(ct(i,[n],o),s))}}};var aS={kernelName:_n,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(r,Ks(e))}}};var sx={kernelName:wi,gradFunc:(r,t,e)=>{let{blockShape:s,paddings:n}=e;return{x:()=>lu(r,s,n)}}};var nx={kernelName:Ni,gradFunc:(r,t,e)=>{let{axis:s}=e;return{x:()=>Ke(r,s)}}};var lS={kernelName:wp,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>it(r,R(we(j(e,"float32")),2))}}};var uS={kernelName:Ii,inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(r,R(j(e,"float32"),2))}}};var cS={kernelName:kp,inputsToSave:["a","b"],gradFunc:(r,t)=>{let[e,s]=t,n=dt(2);return{a:()=>R(r,R(n,yt(e,s))),b:()=>R(r,R(n,yt(s,e)))}}};var pS={kernelName:zn,gradFunc:r=>({x:()=>bt(r)})};var mS={kernelName:"Sub",inputsToSave:["a","b"],gradFunc:(r,t)=>{let[e,s]=t,n=De(e.shape,s.shape);return{a:()=>{let a=r,l=Mt(e.shape,n);return l.length>0&&(a=ct(a,l)),_(a,e.shape)},b:()=>{let a=r,l=Mt(s.shape,n);return l.length>0&&(a=ct(a,l)),_(Lt(a),s.shape)}}}};var dS={kernelName:"Sum",inputsToSave:["x"],gradFunc:(r,t,e)=>{let[s]=t,n=s.shape.slice(),{axis:o}=e;er(o,s.shape).forEach(u=>{n[u]=1});let a=_(r,n),l=R(a,je(s.shape,"float32"));return{x:()=>l}}};var fS={kernelName:"Tan",inputsToSave:["x"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>it(r,Ot(Vn(e)))}}};var hS={kernelName:Ln,outputsToSave:[!0],gradFunc:(r,t)=>{let[e]=t;return{x:()=>R(yt(dt(1),Ot(e)),r)}}};var gS={kernelName:Ti,inputsToSave:["x"],gradFunc:(r,t,e)=>{let[s]=t,{reps:n}=e;return{x:()=>{let i=bt(s);if(s.rank===1)for(let a=0;a<n[0];++a)i=Z(i,be(r,[a*s.shape[0]],[s.shape[0]]));else if(s.rank===2)for(let a=0;a<n[0];++a)for(let l=0;l<n[1];++l)i=Z(i,be(r,[a*s.shape[0],l*s.shape[1]],[s.shape[0],s.shape[1]]));else if(s.rank===3)for(let a=0;a<n[0];++a)for(let l=0;l<n[1];++l)for(let u=0;u<n[2];++u)i=Z(i,be(r,[a*s.shape[0],l*s.shape[1],u*s.shape[2]],[s.shape[0],s.shape[1],s.shape[2]]));else if(s.rank===4)for(let a=0;a<n[0];++a)for(let l=0;l<n[1];++l)for(let u=0;u<n[2];++u)for(let c=0;c<n[3];++c)i=Z(i,be(r,[a*s.shape[0],l*s.shape[1],u*s.shape[2],c*s.shape[3]],[s.shape[0],s.shape[1],s.shape[2],s.shape[3]]));else throw new Error(`Gradient for tile operation is not implemented for rank-${s.rank} tensors yet.`);return i}}}};var xS={kernelName:Fp,gradFunc:(r,t,e)=>{let s=e,{perm:n}=s,o=Wp(n);return{x:()=>Ct(r,o)}}};var yS={kernelName:ki,gradFunc:(r,t,e)=>{let s=e,{axis:n}=s;return{value:()=>ge(r,n)}}};var bS={kernelName:Ai,inputsToSave:["segmentIds"],gradFunc:(r,t)=>{let[e]=t;return{x:()=>O2(r,e)}}};function O2(r,t){let e=kr(t,bt(t)),s=Gn(r,e),n=yr(t,dt(0,"int32")),o=s.rank-n.rank;for(let a=0;a<o;++a)n=Fe(n,a+1);n=br(n,je(s.shape,"bool"));let i=bt(s);return fe(n,s,i)}var CS={kernelName:Ei,gradFunc:r=>({x:()=>bt(r)})};var F2=[Jp,Iw,vw,Tw,kw,Aw,Ew,Rw,$w,Dw,Ow,Fw,Lw,Pw,Vw,Bw,Mw,Gw,Ww,Uw,Hw,Kw,Xw,jw,Qw,Zw,Jw,tN,eN,rN,WN,sN,nN,oN,iN,aN,uN,lN,cN,dN,fN,hN,gN,xN,yN,bN,CN,wN,NN,IN,ex,ex,vN,kN,EN,RN,$N,DN,ON,FN,_N,LN,zN,PN,VN,rx,rx,BN,MN,GN,UN,HN,KN,qN,jN,XN,YN,QN,ZN,JN,tS,eS,rS,sS,nS,oS,iS,aS,sx,sx,nx,nx,lS,cS,uS,pS,mS,dS,fS,hS,gS,xS,yS,bS,CS];for(let r of F2)nC(r);v().prototype.abs=function(){return this.throwIfDisposed(),Ir(this)};v().prototype.acos=function(){return this.throwIfDisposed(),jh(this)};v().prototype.acosh=function(){return this.throwIfDisposed(),Xh(this)};v().prototype.add=function(r){return this.throwIfDisposed(),Z(this,r)};v().prototype.all=function(r,t){return this.throwIfDisposed(),iu(this,r,t)};v().prototype.any=function(r,t){return this.throwIfDisposed(),$i(this,r,t)};v().prototype.argMax=function(r){return this.throwIfDisposed(),gs(this,r)};v().prototype.argMin=function(r){return this.throwIfDisposed(),Yh(this,r)};v().prototype.asScalar=function(){return this.throwIfDisposed(),$t(this.size===1,()=>"The array must have only 1 element."),_(this,[])};v().prototype.asType=function(r){return this.throwIfDisposed(),j(this,r)};v().prototype.as1D=function(){return this.throwIfDisposed(),_(this,[this.size])};v().prototype.as2D=function(r,t){return this.throwIfDisposed(),_(this,[r,t])};v().prototype.as3D=function(r,t,e){return this.throwIfDisposed(),_(this,[r,t,e])};v().prototype.as4D=function(r,t,e,s){return this.throwIfDisposed(),_(this,[r,t,e,s])};v().prototype.as5D=function(r,t,e,s,n){return this.throwIfDisposed(),_(this,[r,t,e,s,n])};v().prototype.asin=function(){return this.throwIfDisposed(),Qh(this)};v().prototype.asinh=function(){return this.throwIfDisposed(),Zh(this)};v().prototype.atan=function(){return this.throwIfDisposed(),Jh(this)};v().prototype.atan2=function(r){return this.throwIfDisposed(),tg(this,r)};v().prototype.atanh=function(){return this.throwIfDisposed(),eg(this)};v().prototype.avgPool=function(r,t,e,s){return this.throwIfDisposed(),au(this,r,t,e,s)};v().prototype.batchToSpaceND=function(r,t){return this.throwIfDisposed(),lu(this,r,t)};v().prototype.batchNorm=function(r,t,e,s,n){return this.throwIfDisposed(),sg(this,r,t,e,s,n)};v().prototype.broadcastTo=function(r){return this.throwIfDisposed(),ag(this,r)};v().prototype.cast=function(r){return this.throwIfDisposed(),j(this,r)};v().prototype.ceil=function(){return this.throwIfDisposed(),lg(this)};v().prototype.clipByValue=function(r,t){return this.throwIfDisposed(),Ce(this,r,t)};v().prototype.concat=function(r,t){return this.throwIfDisposed(),r instanceof ae&&(r=[r]),Ke([this,...r],t)};v().prototype.conv1d=function(r,t,e,s,n,o){return this.throwIfDisposed(),uu(this,r,t,e,s,n,o)};v().prototype.conv2dTranspose=function(r,t,e,s,n){return this.throwIfDisposed(),cu(this,r,t,e,s,n)};v().prototype.conv2d=function(r,t,e,s,n,o){return this.throwIfDisposed(),qs(this,r,t,e,s,n,o)};v().prototype.cos=function(){return this.throwIfDisposed(),Vn(this)};v().prototype.cosh=function(){return this.throwIfDisposed(),pu(this)};v().prototype.cumprod=function(r,t,e){return this.throwIfDisposed(),Oi(this,r,t,e)};v().prototype.cumsum=function(r,t,e){return this.throwIfDisposed(),mu(this,r,t,e)};v().prototype.depthToSpace=function(r,t){return this.throwIfDisposed(),gg(this,r,t)};v().prototype.depthwiseConv2d=function(r,t,e,s,n,o){return this.throwIfDisposed(),du(this,r,t,e,s,n,o)};v().prototype.dilation2d=function(r,t,e,s,n){return this.throwIfDisposed(),xg(this,r,t,e,s,n)};v().prototype.divNoNan=function(r){return this.throwIfDisposed(),yg(this,r)};v().prototype.div=function(r){return this.throwIfDisposed(),it(this,r)};v().prototype.dot=function(r){return this.throwIfDisposed(),bg(this,r)};v().prototype.elu=function(){return this.throwIfDisposed(),Bn(this)};v().prototype.equal=function(r){return this.throwIfDisposed(),Oe(this,r)};v().prototype.erf=function(){return this.throwIfDisposed(),fu(this)};v().prototype.euclideanNorm=function(r,t){return this.throwIfDisposed(),Ng(this,r,t)};v().prototype.exp=function(){return this.throwIfDisposed(),qe(this)};v().prototype.expandDims=function(r){return this.throwIfDisposed(),Fe(this,r)};v().prototype.expm1=function(){return this.throwIfDisposed(),Sg(this)};v().prototype.fft=function(){return this.throwIfDisposed(),Gg(this)};v().prototype.flatten=function(){return this.throwIfDisposed(),_(this,[this.size])};v().prototype.floor=function(){return this.throwIfDisposed(),Mn(this)};v().prototype.floorDiv=function(r){return this.throwIfDisposed(),qh(this,r)};v().prototype.gather=function(r,t,e){return this.throwIfDisposed(),Gn(this,r,t,e)};v().prototype.greaterEqual=function(r){return this.throwIfDisposed(),yr(this,r)};v().prototype.greater=function(r){return this.throwIfDisposed(),ce(this,r)};v().prototype.ifft=function(){return this.throwIfDisposed(),Wg(this)};v().prototype.irfft=function(){return this.throwIfDisposed(),Ug(this)};v().prototype.isFinite=function(){return this.throwIfDisposed(),Ig(this)};v().prototype.isInf=function(){return this.throwIfDisposed(),vg(this)};v().prototype.isNaN=function(){return this.throwIfDisposed(),Tg(this)};v().prototype.leakyRelu=function(r){return this.throwIfDisposed(),gu(this,r)};v().prototype.lessEqual=function(r){return this.throwIfDisposed(),xs(this,r)};v().prototype.less=function(r){return this.throwIfDisposed(),xu(this,r)};v().prototype.localResponseNormalization=function(r,t,e,s){return this.throwIfDisposed(),kg(this,r,t,e,s)};v().prototype.logSigmoid=function(){return this.throwIfDisposed(),Ag(this)};v().prototype.logSoftmax=function(r){return this.throwIfDisposed(),bu(this,r)};v().prototype.logSumExp=function(r,t){return this.throwIfDisposed(),Cu(this,r,t)};v().prototype.log=function(){return this.throwIfDisposed(),Tr(this)};v().prototype.log1p=function(){return this.throwIfDisposed(),yu(this)};v().prototype.logicalAnd=function(r){return this.throwIfDisposed(),br(this,r)};v().prototype.logicalNot=function(){return this.throwIfDisposed(),wu(this)};v().prototype.logicalOr=function(r){return this.throwIfDisposed(),Eg(this,r)};v().prototype.logicalXor=function(r){return this.throwIfDisposed(),Rg(this,r)};v().prototype.matMul=function(r,t,e){return this.throwIfDisposed(),sr(this,r,t,e)};v().prototype.maxPool=function(r,t,e,s){return this.throwIfDisposed(),Nu(this,r,t,e,s)};v().prototype.max=function(r,t){return this.throwIfDisposed(),Vr(this,r,t)};v().prototype.maximum=function(r){return this.throwIfDisposed(),kr(this,r)};v().prototype.mean=function(r,t){return this.throwIfDisposed(),Qt(this,r,t)};v().prototype.min=function(r,t){return this.throwIfDisposed(),hu(this,r,t)};v().prototype.minimum=function(r){return this.throwIfDisposed(),Wn(this,r)};v().prototype.mirrorPad=function(r,t){return this.throwIfDisposed(),Dg(this,r,t)};v().prototype.mod=function(r){return this.throwIfDisposed(),Og(this,r)};v().prototype.mul=function(r){return this.throwIfDisposed(),R(this,r)};v().prototype.neg=function(){return this.throwIfDisposed(),Lt(this)};v().prototype.norm=function(r,t,e){return this.throwIfDisposed(),wg(this,r,t,e)};v().prototype.notEqual=function(r){return this.throwIfDisposed(),Ys(this,r)};v().prototype.oneHot=function(r,t=1,e=0){return this.throwIfDisposed(),_i(this,r,t,e)};v().prototype.onesLike=function(){return this.throwIfDisposed(),he(this)};v().prototype.pad=function(r,t){return this.throwIfDisposed(),Un(this,r,t)};v().prototype.pool=function(r,t,e,s,n,o){return this.throwIfDisposed(),Fg(this,r,t,e,s,n,o)};v().prototype.pow=function(r){return this.throwIfDisposed(),ss(this,r)};v().prototype.prelu=function(r){return this.throwIfDisposed(),Iu(this,r)};v().prototype.prod=function(r,t){return this.throwIfDisposed(),_g(this,r,t)};v().prototype.reciprocal=function(){return this.throwIfDisposed(),Pg(this)};v().prototype.relu=function(){return this.throwIfDisposed(),Ar(this)};v().prototype.relu6=function(){return this.throwIfDisposed(),Vg(this)};v().prototype.reshapeAs=function(r){return this.throwIfDisposed(),_(this,r.shape)};v().prototype.reshape=function(r){return this.throwIfDisposed(),_(this,r)};v().prototype.resizeBilinear=function(r,t,e){return this.throwIfDisposed(),fC(this,r,t,e)};v().prototype.resizeNearestNeighbor=function(r,t,e){return this.throwIfDisposed(),hC(this,r,t,e)};v().prototype.reverse=function(r){return this.throwIfDisposed(),ns(this,r)};v().prototype.rfft=function(){return this.throwIfDisposed(),Hg(this)};v().prototype.round=function(){return this.throwIfDisposed(),Bg(this)};v().prototype.rsqrt=function(){return this.throwIfDisposed(),vu(this)};v().prototype.selu=function(){return this.throwIfDisposed(),Tu(this)};v().prototype.separableConv2d=function(r,t,e,s,n,o){return this.throwIfDisposed(),ku(this,r,t,e,s,n,o)};v().prototype.sigmoid=function(){return this.throwIfDisposed(),Ks(this)};v().prototype.sign=function(){return this.throwIfDisposed(),Mg(this)};v().prototype.sin=function(){return this.throwIfDisposed(),Au(this)};v().prototype.sinh=function(){return this.throwIfDisposed(),Eu(this)};v().prototype.slice=function(r,t){return this.throwIfDisposed(),be(this,r,t)};v().prototype.softmax=function(r){return this.throwIfDisposed(),Hn(this,r)};v().prototype.softplus=function(){return this.throwIfDisposed(),Xs(this)};v().prototype.spaceToBatchND=function(r,t){return this.throwIfDisposed(),Su(this,r,t)};v().prototype.split=function(r,t){return this.throwIfDisposed(),nr(this,r,t)};v().prototype.sqrt=function(){return this.throwIfDisposed(),we(this)};v().prototype.square=function(){return this.throwIfDisposed(),Ot(this)};v().prototype.squaredDifference=function(r){return this.throwIfDisposed(),Kg(this,r)};v().prototype.squeeze=function(r){return this.throwIfDisposed(),bs(this,r)};v().prototype.stack=function(r,t){this.throwIfDisposed();let e=r instanceof ae?[this,r]:[this,...r];return ge(e,t)};v().prototype.step=function(r){return this.throwIfDisposed(),Cs(this,r)};v().prototype.stridedSlice=function(r,t,e,s,n,o,i,a){return this.throwIfDisposed(),qg(this,r,t,e,s,n,o,i,a)};v().prototype.sub=function(r){return this.throwIfDisposed(),yt(this,r)};v().prototype.sum=function(r,t){return this.throwIfDisposed(),ct(this,r,t)};v().prototype.tan=function(){return this.throwIfDisposed(),jg(this)};v().prototype.tanh=function(){return this.throwIfDisposed(),Pn(this)};v().prototype.tile=function(r){return this.throwIfDisposed(),vr(this,r)};v().prototype.toBool=function(){return this.throwIfDisposed(),j(this,"bool")};v().prototype.toFloat=function(){return this.throwIfDisposed(),j(this,"float32")};v().prototype.toInt=function(){return this.throwIfDisposed(),j(this,"int32")};v().prototype.topk=function(r,t){return this.throwIfDisposed(),Xg(this,r,t)};v().prototype.transpose=function(r){return this.throwIfDisposed(),Ct(this,r)};v().prototype.unique=function(r){return this.throwIfDisposed(),Yg(this,r)};v().prototype.unsortedSegmentSum=function(r,t){return this.throwIfDisposed(),Ou(this,r,t)};v().prototype.unstack=function(r){return this.throwIfDisposed(),Ae(this,r)};v().prototype.where=function(r,t){return this.throwIfDisposed(),fe(r,this,t)};v().prototype.zerosLike=function(){return this.throwIfDisposed(),bt(this)};var Cr=class r extends Error{constructor(t){super(t),Object.setPrototypeOf(this,r.prototype)}},ze=class r extends Error{constructor(t){super(t),Object.setPrototypeOf(this,r.prototype)}},k=class r extends Error{constructor(t){super(t),Object.setPrototypeOf(this,r.prototype)}},lt=class r extends Error{constructor(t){super(t),Object.setPrototypeOf(this,r.prototype)}},em=class r extends Error{constructor(t){super(t),Object.setPrototypeOf(this,r.prototype)}};var Fu=class{constructor(t){this.maxEntries=t||100,this.cache=new Map}get(t){let e;return this.cache.has(t)&&(e=this.cache.get(t),this.cache.delete(t),this.cache.set(t,e)),e}put(t,e){if(this.cache.has(t))this.cache.delete(t);else if(this.cache.size>=this.maxEntries){let s=this.cache.keys().next().value;this.cache.delete(s)}this.cache.set(t,e)}getMaxEntries(){return this.maxEntries}setMaxEntries(t){if(t<0)throw new Error(`The maxEntries of LRU caches must be at least 0, but got ${t}.`);if(this.maxEntries>t)for(let e=0;e<this.maxEntries-t;e++){let s=this.cache.keys().next().value;this.cache.delete(s)}this.maxEntries=t}};function $r(r,t){if(Array.isArray(r)){let e=[];for(let s=0;s<t;s++)e=e.concat(r);return e}else{let e=new Array(t);return e.fill(r),e}}function wr(r,t){if(!r)throw new em(t)}function ix(r,t){let e=0;for(let s of r)s===t&&e++;return e}function xe(r){return r.length===1?r[0]:r}function kt(r){return Array.isArray(r)?r:[r]}function Dr(r){let e=r.replace(/(.)([A-Z][a-z0-9]+)/g,"$1_$2").replace(/([a-z])([A-Z])/g,"$1_$2").toLowerCase();return e[0]!=="_"?e:"private"+e}function Is(r){return r.length<=1||r.indexOf("_")===-1?r:r.replace(/[_]+(\w|$)/g,(t,e)=>e.toUpperCase())}var Rr={};function Bi(r){if(r==null)return null;let t={};return t.className=r.getClassName(),t.config=r.getConfig(),t}function ox(r){if(!(r==null||typeof r!="object"))if(Array.isArray(r))r.forEach(t=>ox(t));else{let t=Object.keys(r);for(let e of t){let s=r[e];s!=null&&typeof s=="object"&&(!Array.isArray(s)&&s.type==="ndarray"&&typeof s.value=="number"?r[e]=s.value:ox(s))}}}function is(r,t={},e={},s="object",n=!1){if(typeof r=="string"){let o=r,i;if(o in e)i=e[o];else if(o in Rr)i=Rr[o];else if(i=t[o],i==null)throw new k(`Unknown ${s}: ${r}. This may be due to one of the following reasons:
1. The ${s} is defined in Python, in which case it needs to be ported to TensorFlow.js or your JavaScript code.
2. The custom ${s} is defined in JavaScript, but is not registered properly with tf.serialization.registerClass().`);return i}else{let o=r;if(o.className==null||o.config==null)throw new k(`${s}: Improper config format: ${JSON.stringify(o)}.
'className' and 'config' must set.`);let i=o.className,a,l;if(i in e?[a,l]=e[i]:i in Rr?[a,l]=Rr.className:i in t&&([a,l]=t[i]),a==null)throw new k(`Unknown ${s}: ${i}. This may be due to one of the following reasons:
1. The ${s} is defined in Python, in which case it needs to be ported to TensorFlow.js or your JavaScript code.
2. The custom ${s} is defined in JavaScript, but is not registered properly with tf.serialization.registerClass().`);if(l!=null){let u={};for(let d of Object.keys(Rr))u[d]=Rr[d];for(let d of Object.keys(e))u[d]=e[d];let c=o.config;c.customObjects=u;let p=Object.assign({},Rr);for(let d of Object.keys(e))Rr[d]=e[d];ox(o.config);let m=l(a,o.config,e,n);return Rr=Object.assign({},p),m}else{let u=Object.assign({},Rr);for(let p of Object.keys(e))Rr[p]=e[p];let c=new a(o.config);return Rr=Object.assign({},u),c}}}function _2(r,t){return r<t?-1:r>t?1:0}function _u(r,t){return-1*_2(r,t)}function Or(r){if(r==null)return r;let t=[];for(let e of r)t.indexOf(e)===-1&&t.push(e);return t}function wS(r){if(r==null)throw new k(`Invalid value in obj: ${JSON.stringify(r)}`);for(let t in r)if(r.hasOwnProperty(t))return!1;return!0}function as(r,t,e){if(e!=null&&r.indexOf(e)<0)throw new k(`${e} is not a valid ${t}.  Valid values are ${r} or null/undefined.`)}function rm(r,t,e=0,s=1/0){return wr(e>=0),wr(s>=e),Array.isArray(r)&&r.length>=e&&r.length<=s&&r.every(n=>typeof n===t)}function Zt(r,t){Array.isArray(r)?(C.assert(r.length>0,()=>`${t} is unexpectedly an empty array.`),r.forEach((e,s)=>Zt(e,`element ${s+1} of ${t}`))):C.assert(Number.isInteger(r)&&r>0,()=>`Expected ${t} to be a positive integer, but got ${NS(r)}.`)}function NS(r){return r===null?"null":Array.isArray(r)?"["+r.map(t=>NS(t)).join(",")+"]":typeof r=="string"?`"${r}"`:`${r}`}function SS(r,t,e){let s=e!=null?e():C.now(),n;return(...i)=>{let a=e!=null?e():C.now();return a-s<t||(s=a,n=r(...i)),n}}function sm(r){return r==="relu"?"relu":r==="linear"?"linear":r==="elu"?"elu":null}var L2=0;function om(){return L2++}var nm={};function Qs(r=""){return r in nm||(nm[r]=0),nm[r]+=1,r+nm[r].toString()}var IS=["channelsFirst","channelsLast"],vS=["nearest","bilinear"],TS=["valid","same","causal"],kS=["max","avg"],AS=["sum","mul","concat","ave"];var Mi=new Map;function Gt(r){as(IS,"DataFormat",r)}function RS(r){as(vS,"InterpolationFormat",r)}function Pe(r){as(TS,"PaddingMode",r)}function ax(r){as(kS,"PoolMode",r)}var Lu=[],ES="/";function Wr(r,t){Lu.push(r);try{let e=t();return Lu.pop(),e}catch(e){throw Lu.pop(),e}}function z2(){return Lu.length===0?"":Lu.join(ES)+ES}function im(r){if(!$S(r))throw new Error("Not a valid tensor name: '"+r+"'");return z2()+r}function am(r){if(!$S(r))throw new Error("Not a valid tensor name: '"+r+"'");Mi.has(r)||Mi.set(r,0);let t=Mi.get(r);if(Mi.set(r,Mi.get(r)+1),t>0){let e=`${r}_${t}`;return Mi.set(e,1),e}else return r}var P2=new RegExp(/^[A-Za-z0-9][-A-Za-z0-9\._\/]*$/);function $S(r){return!!r.match(P2)}function DS(r){return r===parseInt(r.toString(),10)}function Fr(r,t,e){t==null&&(t=0),e==null&&(e=r.length);let s=1;for(let n=t;n<e;++n)s*=r[n];return s}function qn(r){if(r.length===0)return Number.NaN;let t=Number.POSITIVE_INFINITY;for(let e=0;e<r.length;e++){let s=r[e];s<t&&(t=s)}return t}function Ur(r){if(r.length===0)return Number.NaN;let t=Number.NEGATIVE_INFINITY;for(let e=0;e<r.length;e++){let s=r[e];s>t&&(t=s)}return t}function Ve(r,t){if(t<r)throw new k(`end (${t}) < begin (${r}) is forbidden.`);let e=[];for(let s=r;s<t;++s)e.push(s);return e}var lx;function le(){return lx==null&&(lx=oC().epsilon()),lx}function Be(){return"channelsLast"}function Re(r,t){return j(r,t)}function Ts(r,t=-1){let e=r.shape.slice();return t<0&&(t=e.length+t+1),e.splice(t,0,1),_(r,e)}function OS(r,t){return $(()=>{if(r.shape.length!==2)throw new k(`repeat() expects a rank-2 tensor, but received a rank-${r.shape.length} tensor.`);let e=Ts(r,1);return um(e,[1,t,1])})}function FS(r){let t=[Fr(r.shape)];return _(r,t)}function _S(r){if(r.rank<=1)throw new k(`batchFlatten requires a minimum rank of 2. Got rank: ${r.rank}.`);let t=[r.shape[0],Fr(r.shape,1)];return _(r,t)}function vs(r,t,e){return $(()=>{switch(r.rank){case 1:return Ru(r,t,e);case 2:return Kp(r,[t,0],[e,r.shape[1]]);case 3:return $u(r,[t,0,0],[e,r.shape[1],r.shape[2]]);case 4:return Li(r,[t,0,0,0],[e,r.shape[1],r.shape[2],r.shape[3]]);case 5:return be(r,[t,0,0,0,0],[e,r.shape[1],r.shape[2],r.shape[3],r.shape[4]]);case 6:return be(r,[t,0,0,0,0,0],[e,r.shape[1],r.shape[2],r.shape[3],r.shape[4],r.shape[5]]);default:throw new k(`sliceAlongFirstAxis() received an unsupported tensor rank: ${r.rank}`)}})}function ux(r,t,e){return $(()=>{switch(r.rank){case 1:return Ru(r,t,e);case 2:return Kp(r,[0,t],[r.shape[0],e]);case 3:return $u(r,[0,0,t],[r.shape[0],r.shape[1],e]);case 4:return Li(r,[0,0,0,t],[r.shape[0],r.shape[1],r.shape[2],e]);default:throw new k(`sliceAlongLastAxis() received an unsupported tensor rank: ${r.rank}`)}})}function zu(r,t,e,s){return $(()=>{switch(r.rank){case 1:return Ru(r,t,e);case 2:switch(s){case 1:return vs(r,t,e);case 2:return ux(r,t,e);default:throw new k(`The axis is not within the rank of the tensor ${s}`)}case 3:switch(s){case 1:return vs(r,t,e);case 2:return $u(r,[0,t,0],[r.shape[0],e,r.shape[2]]);case 3:return ux(r,t,e);default:throw new k(`The axis is not within the rank of the tensor ${s}`)}case 4:switch(s){case 1:return vs(r,t,e);case 2:return Li(r,[0,t,0,0],[r.shape[0],e,r.shape[2],r.shape[3]]);case 3:return Li(r,[0,0,t,0],[r.shape[0],r.shape[1],e,r.shape[3]]);case 4:return ux(r,t,e);default:throw new k(`The axis is not within the rank of the tensor ${s}`)}default:throw new k(`sliceAlongLastAxis() received an unsupported tensor rank: ${r.rank}`)}})}function Gi(r,t=-1){let e;return t<0&&(e=r[0].rank,e!==0?t=e:t=0),t===r[0].rank&&(t=-1),Ke(r,t)}function px(r,t){switch(r.rank){case 1:return cg([r,t]);case 2:return pg([r,t],0);case 3:return mg([r,t],0);case 4:return dg([r,t],0);default:throw new k(`concatAlongFirstAxis() received an unsupported tensor rank: ${r.rank}`)}}function um(r,t){if(Array.isArray(t)||(t=[t]),r.rank!==t.length)throw new k(`The length of input n (${t.length}) does not match the number of dimensions in input x (${r.rank})`);return vr(r,t)}function Wi(r,t=0,e=1,s,n){return Hp(r,t,e,s,n)}function _r(r,t,e,s){if(r.rank<2||t.rank<2)throw new lt(`dot requires both inputs to be rank >= 2 but got x shape = ${r.shape} and y shape = ${t.shape}`);if(t.rank>=3){let n=r.shape.slice(-1)[0],o=t.shape.slice(-2)[0];if(n!==o)throw new lt(`If rank y >= 3, then the second last dim of y must equal the last dim of x but got x shape = ${r.shape} and  y shape = ${t.shape}`)}if(r.rank===2&&t.rank===2)return zi.matMul({a:r,b:t,transposeA:!1,transposeB:!1,bias:s?cx(r.rank,s,Be()):null,activation:e});{let n=r.shape.slice(),o=n.pop();r=_(r,[-1,o]);let i=t.shape.slice(),a=i.pop(),l=i.pop(),u=[...i,a],c=Array.from({length:t.rank},(f,h)=>h===0?t.rank-2:h<=t.rank-2?h-1:h);t=_(Ct(t,c),[l,-1]);let p=[...n,...u];return _(zi.matMul({a:r,b:t,transposeA:!1,transposeB:!1,bias:s?cx(r.rank,s,Be()):null,activation:e}),p)}}function cm(r,t,e){return $(()=>(Array.isArray(t)?t=os(t,"int32"):t=j(t,"int32"),Gn(r,t,e)))}function jn(r){return R(r,r)}function cx(r,t,e){let s=t.shape;if(t.rank!==1&&t.rank!==r)throw new k(`Unexpected bias dimensions: ${t.rank}; expected it to be 1 or ${r}`);if(r===5){if(e==="channelsFirst")return s.length===1?_(t,[1,s[0],1,1,1]):_(t,[1,s[3],s[0],s[1],s[2]]);if(e==="channelsLast")return s.length===1?_(t,[1,1,1,1,s[0]]):_(t,[1].concat(s))}else if(r===4){if(e==="channelsFirst")return s.length===1?_(t,[1,s[0],1,1]):_(t,[1,s[2],s[0],s[1]]);if(e==="channelsLast")return s.length===1?_(t,[1,1,1,s[0]]):_(t,[1].concat(s))}else if(r===3){if(e==="channelsFirst")return s.length===1?_(t,[1,s[0],1]):_(t,[1,s[1],s[0]]);if(e==="channelsLast")return s.length===1?_(t,[1,1,s[0]]):_(t,[1].concat(s))}else if(r<3)return t;throw new k(`Unsupported input rank by biasAdd: ${t.rank}`)}function Me(r,t,e){return $(()=>(e==null&&(e=Be()),Gt(e),Z(r,cx(r.rank,t,e))))}function LS(r,t=1){if(t!==1)throw new lt(`Support for alpha values other than 1 (${t}) is not implemented yet.`);return Bn(r)}function zS(r){return $(()=>it(r,Z(Ir(r),1)))}function pm(r,t,e,s){return $(()=>Zg(r,t,e,s))}function PS(r){return $(()=>{let t=Z(.5,R(.2,r));return Ce(t,0,1)})}function Zs(r,t,e=!1){return e?r():t()}var VS=["fanIn","fanOut","fanAvg"],BS=["normal","uniform","truncatedNormal"];function V2(r){as(VS,"FanMode",r)}function B2(r){as(BS,"Distribution",r)}var Ge=class extends L.Serializable{fromConfigUsesCustomObjects(){return!1}getConfig(){return{}}},Ui=class extends Ge{apply(t,e){return pe(t,e)}};Ui.className="Zeros";L.registerClass(Ui);var Js=class extends Ge{apply(t,e){return je(t,e)}};Js.className="Ones";L.registerClass(Js);var Hi=class extends Ge{constructor(t){if(super(),typeof t!="object")throw new k(`Expected argument of type ConstantConfig but got ${t}`);if(t.value===void 0)throw new k(`config must have value set but got ${t}`);this.value=t.value}apply(t,e){return $(()=>R(dt(this.value),je(t,e)))}getConfig(){return{value:this.value}}};Hi.className="Constant";L.registerClass(Hi);var Ki=class extends Ge{constructor(t){super(),this.DEFAULT_MINVAL=-.05,this.DEFAULT_MAXVAL=.05,this.minval=t.minval||this.DEFAULT_MINVAL,this.maxval=t.maxval||this.DEFAULT_MAXVAL,this.seed=t.seed}apply(t,e){return ys(t,this.minval,this.maxval,e,this.seed)}getConfig(){return{minval:this.minval,maxval:this.maxval,seed:this.seed}}};Ki.className="RandomUniform";L.registerClass(Ki);var qi=class extends Ge{constructor(t){super(),this.DEFAULT_MEAN=0,this.DEFAULT_STDDEV=.05,this.mean=t.mean||this.DEFAULT_MEAN,this.stddev=t.stddev||this.DEFAULT_STDDEV,this.seed=t.seed}apply(t,e){if(e=e||"float32",e!=="float32"&&e!=="int32")throw new lt(`randomNormal does not support dType ${e}.`);return Wi(t,this.mean,this.stddev,e,this.seed)}getConfig(){return{mean:this.mean,stddev:this.stddev,seed:this.seed}}};qi.className="RandomNormal";L.registerClass(qi);var ji=class extends Ge{constructor(t){super(),this.DEFAULT_MEAN=0,this.DEFAULT_STDDEV=.05,this.mean=t.mean||this.DEFAULT_MEAN,this.stddev=t.stddev||this.DEFAULT_STDDEV,this.seed=t.seed}apply(t,e){if(e=e||"float32",e!=="float32"&&e!=="int32")throw new lt(`truncatedNormal does not support dType ${e}.`);return Du(t,this.mean,this.stddev,e,this.seed)}getConfig(){return{mean:this.mean,stddev:this.stddev,seed:this.seed}}};ji.className="TruncatedNormal";L.registerClass(ji);var Xi=class extends Ge{constructor(t){super(),this.gain=t.gain!=null?t.gain:1}apply(t,e){return $(()=>{if(t.length!==2||t[0]!==t[1])throw new k("Identity matrix initializer can only be used for 2D square matrices.");return R(this.gain,Up(t[0]))})}getConfig(){return{gain:this.gain}}};Xi.className="Identity";L.registerClass(Xi);function M2(r,t="channelsLast"){let e,s;if(Gt(t),r.length===2)e=r[0],s=r[1];else if([3,4,5].indexOf(r.length)!==-1){if(t==="channelsFirst"){let n=Fr(r,2);e=r[1]*n,s=r[0]*n}else if(t==="channelsLast"){let n=Fr(r,0,r.length-2);e=r[r.length-2]*n,s=r[r.length-1]*n}}else{let n=Fr(r);e=Math.sqrt(n),s=Math.sqrt(n)}return[e,s]}var Te=class extends Ge{constructor(t){if(super(),t.scale<0)throw new k(`scale must be a positive float. Got: ${t.scale}`);this.scale=t.scale==null?1:t.scale,this.mode=t.mode==null?"fanIn":t.mode,V2(this.mode),this.distribution=t.distribution==null?"normal":t.distribution,B2(this.distribution),this.seed=t.seed}apply(t,e){let s=M2(t),n=s[0],o=s[1],i=this.scale;if(this.mode==="fanIn"?i/=Math.max(1,n):this.mode==="fanOut"?i/=Math.max(1,o):i/=Math.max(1,(n+o)/2),this.distribution==="normal"){let a=Math.sqrt(i);if(e=e||"float32",e!=="float32"&&e!=="int32")throw new lt(`${this.getClassName()} does not support dType ${e}.`);return Du(t,0,a,e,this.seed)}else{let a=Math.sqrt(3*i);return ys(t,-a,a,e,this.seed)}}getConfig(){return{scale:this.scale,mode:this.mode,distribution:this.distribution,seed:this.seed}}};Te.className="VarianceScaling";L.registerClass(Te);var Xn=class extends Te{constructor(t){super({scale:1,mode:"fanAvg",distribution:"uniform",seed:t==null?null:t.seed})}getClassName(){return Te.className}};Xn.className="GlorotUniform";L.registerClass(Xn);var Yn=class extends Te{constructor(t){super({scale:1,mode:"fanAvg",distribution:"normal",seed:t==null?null:t.seed})}getClassName(){return Te.className}};Yn.className="GlorotNormal";L.registerClass(Yn);var Qn=class extends Te{constructor(t){super({scale:2,mode:"fanIn",distribution:"normal",seed:t==null?null:t.seed})}getClassName(){return Te.className}};Qn.className="HeNormal";L.registerClass(Qn);var Zn=class extends Te{constructor(t){super({scale:2,mode:"fanIn",distribution:"uniform",seed:t==null?null:t.seed})}getClassName(){return Te.className}};Zn.className="HeUniform";L.registerClass(Zn);var Jn=class extends Te{constructor(t){super({scale:1,mode:"fanIn",distribution:"normal",seed:t==null?null:t.seed})}getClassName(){return Te.className}};Jn.className="LeCunNormal";L.registerClass(Jn);var to=class extends Te{constructor(t){super({scale:1,mode:"fanIn",distribution:"uniform",seed:t==null?null:t.seed})}getClassName(){return Te.className}};to.className="LeCunUniform";L.registerClass(to);var Yi=class extends Ge{constructor(t){super(),this.DEFAULT_GAIN=1,this.ELEMENTS_WARN_SLOW=2e3,this.gain=t.gain==null?this.DEFAULT_GAIN:t.gain,this.seed=t.seed}apply(t,e){return $(()=>{if(t.length<2)throw new lt("Shape must be at least 2D.");if(e!=="int32"&&e!=="float32"&&e!==void 0)throw new TypeError(`Unsupported data type ${e}.`);e=e;let s=C.sizeFromShape(t.slice(0,-1)),n=t[t.length-1],o=s*n;o>this.ELEMENTS_WARN_SLOW&&console.warn(`Orthogonal initializer is being called on a matrix with more than ${this.ELEMENTS_WARN_SLOW} (${o}) elements: Slowness may result.`);let i=[Math.max(n,s),Math.min(n,s)],a=Wi(i,0,1,e,this.seed),l=Jg.qr(a,!1),u=l[0],p=l[1].flatten().stridedSlice([0],[Math.min(n,s)*Math.min(n,s)],[Math.min(n,s)+1]);return u=R(u,p.sign()),s<n&&(u=u.transpose()),R(dt(this.gain),u.reshape(t))})}getConfig(){return{gain:this.gain,seed:this.seed}}};Yi.className="Orthogonal";L.registerClass(Yi);var MS={constant:"Constant",glorotNormal:"GlorotNormal",glorotUniform:"GlorotUniform",heNormal:"HeNormal",heUniform:"HeUniform",identity:"Identity",leCunNormal:"LeCunNormal",leCunUniform:"LeCunUniform",ones:"Ones",orthogonal:"Orthogonal",randomNormal:"RandomNormal",randomUniform:"RandomUniform",truncatedNormal:"TruncatedNormal",varianceScaling:"VarianceScaling",zeros:"Zeros"};function GS(r,t={}){return is(r,L.SerializationMap.getMap().classNameMap,t,"initializer")}function zt(r){return Bi(r)}function Dt(r){if(typeof r=="string"){let t=r in MS?MS[r]:r;if(t==="GlorotNormal")return new Yn;if(t==="GlorotUniform")return new Xn;if(t==="HeNormal")return new Qn;if(t==="HeUniform")return new Zn;if(t==="LeCunNormal")return new Jn;if(t==="LeCunUniform")return new to;{let e={};return e.className=t,e.config={},GS(e)}}else return r instanceof Ge?r:GS(r)}function mm(r){return Array.isArray(r)&&Array.isArray(r[0])}function Qi(r){return r.length===0?[]:Array.isArray(r[0])?r:[r]}function ot(r){let t;if(Array.isArray(r)){if(r.length!==1)throw new k(`Expected Tensor length to be 1; got ${r.length}`);t=r[0]}else t=r;return t}function xt(r){if(Array.isArray(r)&&Array.isArray(r[0])){if(r.length===1)return r=r,r[0];throw new k(`Expected exactly 1 Shape; got ${r.length}`)}else return r}function Zi(r){let t=0;for(let e of r)e.shape.length===0?t+=1:t+=e.shape.reduce((s,n)=>s*n);return t}var US="Variable",Pu=class{constructor(t,e="float32",s=US,n=!0,o=null){this.dtype=e??"float32",this.shape=t.shape,this.id=om(),s=s??US,this.originalName=im(s),this.name=am(this.originalName),this.trainable_=n,this.constraint=o,this.val=Qg(t,this.trainable_,this.name,this.dtype)}read(){return this.assertNotDisposed(),this.val}write(t){return this.assertNotDisposed(),W2(this.val,t),this.val.id!==t.id&&(this.val.assign(t),this.constraint!=null&&this.val.assign(this.constraint.apply(this.val))),this}dispose(){this.assertNotDisposed(),this.val.dispose()}assertNotDisposed(){if(this.val.isDisposed)throw new Error(`LayersVariable ${this.name} is already disposed.`)}get trainable(){return this.trainable_}set trainable(t){this.trainable_=t,this.val.trainable=t}};function W2(r,t){if(r.shape.toString()!==t.shape.toString())throw new Error("Shape mismatch: "+JSON.stringify(r.shape)+" vs. "+JSON.stringify(t.shape))}function Vu(r){return r.map(t=>t.read())}function Ji(r){r.forEach(t=>{t[0].write(t[1])})}var Ft=class{constructor(t){this.dtype=t.dtype,this.shape=t.shape,t.shape!=null?this.ndim=t.shape.length:this.ndim=t.ndim,this.maxNDim=t.maxNDim,this.minNDim=t.minNDim,this.axes=t.axes||{}}},$e=class{constructor(t,e,s,n,o,i,a){this.dtype=t,this.shape=e,this.sourceLayer=s,this.inputs=n,this.callArgs=o,this.outputTensorIndex=a,this.id=om(),i!=null&&(this.originalName=im(i),this.name=am(this.originalName)),this.rank=e.length}},U2=0,ks=class{constructor(t,e){this.callArgs=e,this.id=U2++,this.outboundLayer=t.outboundLayer,this.inboundLayers=t.inboundLayers,this.nodeIndices=t.nodeIndices,this.tensorIndices=t.tensorIndices,this.inputTensors=t.inputTensors,this.outputTensors=t.outputTensors,this.inputMasks=t.inputMasks,this.outputMasks=t.outputMasks,this.inputShapes=t.inputShapes,this.outputShapes=t.outputShapes;for(let s of t.inboundLayers)s?.outboundNodes.push(this);t.outboundLayer.inboundNodes.push(this)}getConfig(){let t=[];for(let e of this.inboundLayers)e!=null?t.push(e.name):t.push(null);return{outboundLayer:this.outboundLayer?this.outboundLayer.name:null,inboundLayers:t,nodeIndices:this.nodeIndices,tensorIndices:this.tensorIndices}}},H2=0,ut=class extends L.Serializable{constructor(t={}){super(),this._callHook=null,this._addedWeightNames=[],this._stateful=!1,this.id=H2++,this.activityRegularizer=null,this.inputSpec=null,this.supportsMasking=!1,this._trainableWeights=[],this._nonTrainableWeights=[],this._losses=[],this._updates=[],this._built=!1,this.inboundNodes=[],this.outboundNodes=[];let e=t.name;if(!e){let s=this.getClassName();e=Dr(s)+"_"+Qs(s)}if(this.name=e,this.trainable_=t.trainable==null?!0:t.trainable,t.inputShape!=null||t.batchInputShape!=null){let s;if(t.batchInputShape!=null)s=t.batchInputShape;else if(t.inputShape!=null){let o=null;t.batchSize!=null&&(o=t.batchSize),s=[o].concat(t.inputShape)}this.batchInputShape=s;let n=t.dtype;n==null&&(n=t.inputDType),n==null&&(n="float32"),this.dtype=n}t.weights!=null?this.initialWeights=t.weights:this.initialWeights=null,this._refCount=null,this.fastWeightInitDuringBuild=!1}static nodeKey(t,e){return t.name+"_ib-"+e.toString()}getNodeAtIndex(t,e){if(this.inboundNodes.length===0)throw new ze(`The layer has never been called and thus has no defined ${e}.`);if(this.inboundNodes.length<=t)throw new k(`Asked to get ${e} at node ${t}, but the layer has only ${this.inboundNodes.length} inbound nodes.`);return this.inboundNodes[t]}getInputAt(t){return xe(this.getNodeAtIndex(t,"input").inputTensors)}getOutputAt(t){return xe(this.getNodeAtIndex(t,"output").outputTensors)}get input(){if(this.inboundNodes.length>1)throw new Cr(`Layer ${this.name} has multiple inbound nodes, hence the notion of "layer input" is ill-defined. Use \`getInputAt(nodeIndex)\` instead.`);if(this.inboundNodes.length===0)throw new Cr(`Layer ${this.name} is not connected, no input to return.`);return xe(this.getNodeAtIndex(0,"input").inputTensors)}get output(){if(this.inboundNodes.length===0)throw new Cr(`Layer ${this.name} has no inbound nodes.`);if(this.inboundNodes.length>1)throw new Cr(`Layer ${this.name} has multiple inbound nodes, hence the notion of "layer output" is ill-defined. Use \`getOutputAt(nodeIndex)\` instead.`);return xe(this.getNodeAtIndex(0,"output").outputTensors)}get losses(){return this._losses}calculateLosses(){return this.losses.map(t=>t())}get updates(){return this._updates}get built(){return this._built}set built(t){this._built=t}get trainable(){return this.trainable_}set trainable(t){this._trainableWeights.forEach(e=>e.trainable=t),this.trainable_=t}get trainableWeights(){return this.trainable_?this._trainableWeights.filter(t=>t.trainable):[]}set trainableWeights(t){this._trainableWeights=t}get nonTrainableWeights(){return this.trainable?this._trainableWeights.filter(t=>!t.trainable).concat(this._nonTrainableWeights):this._trainableWeights.concat(this._nonTrainableWeights)}set nonTrainableWeights(t){this._nonTrainableWeights=t}get weights(){return this.trainableWeights.concat(this.nonTrainableWeights)}get stateful(){return this._stateful}resetStates(){if(!this.stateful)throw new Error("Cannot call the resetStates() method of a non-stateful Layer object.")}assertInputCompatibility(t){let e=kt(t);if(this.inputSpec==null||this.inputSpec.length===0)return;let s=kt(this.inputSpec);if(e.length!==s.length)throw new k(`Layer ${this.name} expects ${s.length} inputs, but it received ${e.length} input tensors. Input received: ${t}`);for(let n=0;n<e.length;n++){let o=e[n],i=s[n];if(i==null)continue;let a=o.rank;if(i.ndim!=null&&a!==i.ndim)throw new k(`Input ${n} is incompatible with layer ${this.name}: expected ndim=${i.ndim}, found ndim=${a}`);if(i.maxNDim!=null&&a>i.maxNDim)throw new k(`Input ${n} is incompatible with layer ${this.name}: expected max_ndim=${i.maxNDim}, found ndim=${a}`);if(i.minNDim!=null&&a<i.minNDim)throw new k(`Input ${n} is incompatible with layer ${this.name}: expected min_ndim=${i.minNDim}, found ndim=${a}.`);if(i.dtype!=null&&o.dtype!==i.dtype)throw new k(`Input ${n} is incompatible with layer ${this.name} : expected dtype=${i.dtype}, found dtype=${o.dtype}.`);if(i.axes){let l=o.shape;for(let u in i.axes){let c=Number(u),p=i.axes[u],m=c>=0?l[c]:l[l.length+c];if(p!=null&&[p,null].indexOf(m)===-1)throw new k(`Input ${n} is incompatible with layer ${this.name}: expected axis ${c} of input shape to have value ${p} but got shape ${l}.`)}}if(i.shape!=null)for(let l=0;l<i.shape.length;++l){let u=i.shape[l],c=o.shape[l];if(u!=null&&c!=null&&u!==c)throw new k(`Input ${n} is incompatible with layer ${this.name}: expected shape=${i.shape}, found shape=${o.shape}.`)}}}call(t,e){return t}invokeCallHook(t,e){this._callHook!=null&&this._callHook(t,e)}setCallHook(t){this._callHook=t}clearCallHook(){this._callHook=null}apply(t,e){e=e||{},this.assertNotDisposed();let s=kt(t),n=j2(t),o=X2(t);if(n===o)throw new k("Arguments to apply() must be all SymbolicTensors or all Tensors");return Wr(this.name,()=>{if(!this.built){this.assertInputCompatibility(t);let i=[];for(let a of kt(t))i.push(a.shape);this.build(xe(i)),this.built=!0,this.initialWeights&&this.setWeights(this.initialWeights),this._refCount===null&&o&&(this._refCount=1)}if(this.assertInputCompatibility(t),o){let i=this.call(t,e);this.supportsMasking&&this.setMaskMetadata(t,i);let a=kt(i),l=[];for(let u of a)s.indexOf(u)!==-1&&(u=u.clone()),l.push(u);if(i=xe(l),this.activityRegularizer!=null)throw new lt("Layer invocation in the presence of activity regularizer(s) is not supported yet.");return i}else{let i=K2(t),a=this.computeOutputShape(i),l,u=q2(t);if(this.warnOnIncompatibleInputShape(Array.isArray(t)?i[0]:i),a!=null&&a.length>0&&Array.isArray(a[0])?l=a.map((c,p)=>new $e(u,c,this,kt(t),e,this.name,p)):l=new $e(u,a,this,kt(t),e,this.name),this.addInboundNode(t,l,null,null,i,a,e),this._refCount++,this.activityRegularizer!=null)throw new lt("Layer invocation in the presence of activity regularizer(s) is not supported yet.");return l}})}warnOnIncompatibleInputShape(t){if(this.batchInputShape!=null)if(t.length!==this.batchInputShape.length)console.warn(`The rank of the input tensor provided (shape: ${JSON.stringify(t)}) does not match that of the batchInputShape (${JSON.stringify(this.batchInputShape)}) of the layer ${this.name}`);else{let e=!1;this.batchInputShape.forEach((s,n)=>{s!=null&&t[n]!=null&&t[n]!==s&&(e=!0)}),e&&console.warn(`The shape of the input tensor (${JSON.stringify(t)}) does not match the expectation of layer ${this.name}: ${JSON.stringify(this.batchInputShape)}`)}}get outputShape(){if(this.inboundNodes==null||this.inboundNodes.length===0)throw new Cr(`The layer ${this.name} has never been called and thus has no defined output shape.`);let t=[];for(let e of this.inboundNodes){let s=JSON.stringify(e.outputShapes);t.indexOf(s)===-1&&t.push(s)}if(t.length===1){let e=this.inboundNodes[0].outputShapes;return Array.isArray(e)&&Array.isArray(e[0])&&e.length===1?e[0]:e}else throw new Cr(`The layer ${this.name} has multiple inbound nodes with different output shapes. Hence the notion of "output shape" is ill-defined for the layer.`)}countParams(){if(!this.built)throw new ze(`You tried to call countParams() on ${this.name}, but the layer is not built yet. Build it first by calling build(batchInputShape).`);return Zi(this.weights)}build(t){this.built=!0}getWeights(t=!1){return Vu(t?this.trainableWeights:this.weights)}setWeights(t){$(()=>{let e=this.weights;if(e.length!==t.length)throw new k(`You called setWeights(weights) on layer "${this.name}" with a weight list of length ${t.length}, but the layer was expecting ${e.length} weights. Provided weights: ${t}...`);if(e.length===0)return;let s=[],n=Vu(e);for(let o=0;o<n.length;++o){let i=n[o],a=e[o],l=t[o];if(!C.arraysEqual(i.shape,l.shape))throw new k(`Layer weight shape ${i.shape} not compatible with provided weight shape ${l.shape}`);s.push([a,l])}Ji(s)})}addWeight(t,e,s,n,o,i,a,l){if(this._addedWeightNames.indexOf(t)!==-1)throw new k(`Duplicate weight name ${t} for layer ${this.name}`);this._addedWeightNames.push(t),s==null&&(s="float32"),this.fastWeightInitDuringBuild&&(n=l!=null?l():Dt("zeros"));let u=n.apply(e,s),c=new Pu(u,s,t,i,a);return u.dispose(),o!=null&&this.addLoss(()=>o.apply(c.read())),i==null&&(i=!0),i?this._trainableWeights.push(c):this._nonTrainableWeights.push(c),c}setFastWeightInitDuringBuild(t){this.fastWeightInitDuringBuild=t}addLoss(t){t==null||Array.isArray(t)&&t.length===0||(t=kt(t),this._losses!==void 0&&this._losses!==null&&this.losses.push(...t))}computeOutputShape(t){return t}computeMask(t,e){if(!this.supportsMasking){if(e!=null)if(Array.isArray(e))e.forEach(s=>{if(s!=null)throw new TypeError(`Layer ${this.name} does not support masking, but was passed an inputMask.`)});else throw new TypeError(`Layer ${this.name} does not support masking, but was passed an inputMask.`);return null}return e}setMaskMetadata(t,e,s){if(!this.supportsMasking)return;let n=this.computeMask(t,s),o=kt(e),i=kt(n);if(o.length!==i.length)throw new Error(`${this.name} outputs ${o.length} tensors but ${o.length} masks for those tensors`);for(let a=0;a<o.length;a++)o[a].kerasMask=i[a]}addInboundNode(t,e,s,n,o,i,a=null){let l=kt(t);e=kt(e),s=kt(s),n=kt(n),o=Qi(o),i=Qi(i);let u=[],c=[],p=[];for(let m of l)u.push(m.sourceLayer),c.push(m.nodeIndex),p.push(m.tensorIndex);new ks({outboundLayer:this,inboundLayers:u,nodeIndices:c,tensorIndices:p,inputTensors:l,outputTensors:e,inputMasks:s,outputMasks:n,inputShapes:o,outputShapes:i},a);for(let m=0;m<e.length;m++)e[m].sourceLayer=this,e[m].nodeIndex=this.inboundNodes.length-1,e[m].tensorIndex=m}getConfig(){let t={name:this.name,trainable:this.trainable};return this.batchInputShape!=null&&(t.batchInputShape=this.batchInputShape),this.dtype!=null&&(t.dtype=this.dtype),t}disposeWeights(){return this.weights.forEach(t=>t.dispose()),this.weights.length}assertNotDisposed(){if(this._refCount===0)throw new Error(`Layer '${this.name}' is already disposed.`)}dispose(){if(!this.built)throw new Error(`Cannot dispose Layer ${this.name} because it has not been built yet.`);if(this._refCount===null)throw new Error(`Cannot dispose Layer ${this.name} because it has not been used yet.`);this.assertNotDisposed();let t=0;return--this._refCount===0&&(t=this.disposeWeights()),{refCountAfterDispose:this._refCount,numDisposedVariables:t}}};function K2(r){r=kt(r);let t=[];for(let e of r)t.push(e.shape);return xe(t)}function q2(r){return"float32"}function mx(r,t,e){if((t==null||e!=null&&e>0)&&(t=r.sourceLayer,e=r.nodeIndex),t.inboundNodes.length===0)return[r];{let s=t.inboundNodes[e];if(s.inboundLayers.length===0)return s.inputTensors;{let n=[];for(let o=0;o<s.inboundLayers.length;o++){let i=s.inputTensors[o],a=s.inboundLayers[o],l=s.nodeIndices[o],u=mx(i,a,l);for(let c of u)n.indexOf(c)===-1&&n.push(c)}return n}}}function j2(r){let t=!0;for(let e of kt(r))if(!(e instanceof $e)){t=!1;break}return t}function X2(r){let t=!0;for(let e of kt(r))if(e instanceof $e){t=!1;break}return t}var Hr=class extends ut{constructor(t){if(super({dtype:t.dtype,name:t.name!=null?t.name:Qs("input").toString()}),t.batchSize==null&&(t.batchSize=null),t.sparse==null&&(t.sparse=!1),this.trainable=!1,this.built=!0,this.sparse=t.sparse,t.inputShape!=null&&t.batchInputShape!=null)throw new k("Only provide the inputShape OR batchInputShape argument to inputLayer, not both at the same time.");let e=t.batchInputShape;if(e==null){if(t.inputShape==null)throw new k("An InputLayer should be passed either a `batchInputShape` or an `inputShape`.");e=[t.batchSize].concat(t.inputShape)}else if(t.batchSize!=null)throw new k("Cannot specify batchSize if batchInputShape is specified when creating an InputLayer.");let s=t.dtype||"float32";this.batchInputShape=e,this.dtype=s,this.inputSpec=[{shape:e}];let n=new $e(this.dtype,this.batchInputShape,this,[],{},this.name);n.nodeIndex=0,n.tensorIndex=0,new ks({outboundLayer:this,inboundLayers:[],nodeIndices:[],tensorIndices:[],inputTensors:[n],outputTensors:[n],inputMasks:[null],outputMasks:[null],inputShapes:[e],outputShapes:[e]})}apply(t,e){throw new k(`Cannot pass any input to an InputLayer's apply() method. InputLayer name: ${this.name}`)}dispose(){return{refCountAfterDispose:this._refCount,numDisposedVariables:0}}getConfig(){return{batchInputShape:this.batchInputShape,dtype:this.dtype,sparse:this.sparse,name:this.name}}};Hr.className="InputLayer";L.registerClass(Hr);function dm(r){if(r.batchShape==null&&r.shape==null)throw new Error("Please provide to Input either a `shape` or a `batchShape` argument. Note that `shape` does not include the batch dimension.");if(r.batchShape!=null&&r.shape!=null)throw new k("Please provide either a `shape` or `batchShape` argument to Input, but not both.");let t=r.batchShape;r.shape!=null&&t==null&&(t=[null].concat(r.shape));let e=r.dtype;return e==null&&(e="float32"),new Hr({batchInputShape:t,name:r.name,dtype:e,sparse:r.sparse}).inboundNodes[0].outputTensors[0]}function Y2(r,t){if(r.dtype==null||r.dtype===t.dtype)return t;try{return j(t,r.dtype)}catch{throw new k(`The dtype of the feed (${t.dtype}) can not be cast to the dtype of the key '${r.name}' (${r.dtype}).`)}}var ls=class r{constructor(t){if(this.id2Value={},this.id2Mask={},this.name2Id={},t instanceof r)for(let e in t.id2Value)this.id2Value[e]=t.id2Value[e],e in t.id2Mask&&(this.id2Mask[e]=t.id2Mask[e]);else{if(t==null)return;for(let e of t)this.add(e.key,e.value)}}add(t,e,s){if(this.id2Value[t.id]==null)this.id2Value[t.id]=Y2(t,e),this.name2Id[t.name]=t.id,s!=null&&(this.id2Mask[t.id]=s);else throw new k(`Duplicate key: name=${t.name}, id=${t.id}`);return this}addFeed(t){this.add(t.key,t.value)}hasKey(t){return this.id2Value[t.id]!=null}names(){return Object.keys(this.name2Id)}getValue(t){if(t instanceof $e){if(this.id2Value[t.id]==null)throw new k(`Nonexistent key: ${t.name}`);return this.id2Value[t.id]}else{let e=this.name2Id[t];if(e==null)throw new k(`Feed dict has no SymbolicTensor name: ${t}`);return this.id2Value[e]}}getMask(t){if(t instanceof $e){if(this.id2Value[t.id]==null)throw new k(`Nonexistent key: ${t.name}`);return this.id2Mask[t.id]}else{let e=this.name2Id[t];if(e==null)throw new k(`Feed dict has no SymbolicTensor name: ${t}`);return this.id2Mask[e]}}disposeMasks(){this.id2Mask!=null&&It(this.id2Mask)}},fm=new Fu,hm=new Fu;function KS(r){fm?.setMaxEntries(r),hm?.setMaxEntries(r)}function eo(r,t,e,s){let n=e==null?!1:e.training,o=Array.isArray(r),i=o?r:[r],a=i.map(f=>f.name),l=[],u=t.names();for(let f of a)u.indexOf(f)!==-1?l.push(t.getValue(f)):l.push(null);s!=null&&(s.maxNumTensors=-1/0,s.minNumTensors=1/0);let c=a.join(",")+"|"+t.names().sort().join(","),p=fm.get(c),m;if(p==null){let f=Q2(i,t);p=f.sorted,m=f.recipientCounts,fm.put(c,p),hm.put(c,m)}m={},n||Object.assign(m,hm.get(c));let d=new ls(t);for(let f=0;f<p.length;++f){if(s!=null){let D=nu().numTensors;D>s.maxNumTensors&&(s.maxNumTensors=D),D<s.minNumTensors&&(s.minNumTensors=D)}let h=p[f],g=h.sourceLayer;if(g instanceof Hr)continue;let x=[],y=[],N=[],w=!1;for(let D of h.inputs){let F=d.getValue(D),z=d.getMask(D);x.push(F),y.push(z),z!=null&&(w=!0),n||(m[D.name]--,m[D.name]===0&&!t.hasKey(D)&&a.indexOf(D.name)===-1&&!F.isDisposed&&D.sourceLayer.stateful!==!0&&N.push(F))}w&&(e=e||{},e.mask=y[0]);let I=kt(g.apply(x,e)),T=null;g.supportsMasking&&(T=g.computeMask(x,y));let A=J2(h),E=Array.isArray(A)?A:[A];for(let D=0;D<E.length;++D){d.hasKey(E[D])||d.add(E[D],I[D],Array.isArray(T)?T[0]:T);let F=a.indexOf(E[D].name);F!==-1&&(l[F]=I[D])}n||It(N)}return d.disposeMasks(),o?l:l[0]}function Q2(r,t){C.assert(r!=null&&r.length>0,()=>"Expected at least one fetch, got none");let e=[],s={};if(r.length===1){let n=HS(r[0],t);e=n.sorted,s=n.recipientMap}else{let n=new Set;for(let o of r){let{sorted:i,recipientMap:a}=HS(o,t);for(let l of i)n.has(l.name)||(e.push(l),n.add(l.name));for(let l in a)s[l]==null&&(s[l]=new Set),a[l].forEach(u=>s[l].add(u))}}return{sorted:e,recipientCounts:Z2(s)}}function Z2(r){let t={};for(let e in r)t[e]=r[e].size;return t}function HS(r,t){let e=new Set,s=[],n={};for(let a of t.names())e.add(a);let o=[],i=[];for(o.push(r);o.length>0;){let a=o[o.length-1];if(e.has(a.name)){o.pop();continue}let l=i[i.length-1]===o.length-1;if(a.inputs.length===0||l)o.pop(),s.push(a),e.add(a.name),l&&i.pop();else{i.push(o.length-1);for(let u of a.inputs)n[u.name]==null&&(n[u.name]=new Set),n[u.name].add(a.name),!e.has(u.name)&&o.push(u)}}return{sorted:s,recipientMap:n}}function J2(r){let t;if(r.sourceLayer.inboundNodes.length===1)t=r.sourceLayer.output;else{let e=null;for(let s=0;s<r.sourceLayer.inboundNodes.length;++s)for(let n of r.sourceLayer.inboundNodes[s].outputTensors)if(n.id===r.id){e=s;break}t=r.sourceLayer.getOutputAt(e)}return t}var tD=O();tD.registerFlag("TOPOLOGICAL_SORT_CACHE_MAX_ENTRIES",()=>100,KS);var XS={};Bt(XS,{maxNorm:()=>eD,minMaxNorm:()=>nD,nonNeg:()=>sD,unitNorm:()=>rD});function dx(r,t){return $(()=>we(ct(R(r,r),t,!0)))}var ro=class extends L.Serializable{getConfig(){return{}}},ta=class extends ro{constructor(t){super(),this.defaultMaxValue=2,this.defaultAxis=0,this.maxValue=t.maxValue!=null?t.maxValue:this.defaultMaxValue,this.axis=t.axis!=null?t.axis:this.defaultAxis}apply(t){return $(()=>{let e=dx(t,this.axis),s=Ce(e,0,this.maxValue);return R(t,it(s,Z(le(),e)))})}getConfig(){return{maxValue:this.maxValue,axis:this.axis}}};ta.className="MaxNorm";L.registerClass(ta);var ea=class extends ro{constructor(t){super(),this.defaultAxis=0,this.axis=t.axis!=null?t.axis:this.defaultAxis}apply(t){return $(()=>it(t,Z(le(),dx(t,this.axis))))}getConfig(){return{axis:this.axis}}};ea.className="UnitNorm";L.registerClass(ea);var ra=class extends ro{apply(t){return Ar(t)}};ra.className="NonNeg";L.registerClass(ra);var sa=class extends ro{constructor(t){super(),this.defaultMinValue=0,this.defaultMaxValue=1,this.defaultRate=1,this.defaultAxis=0,this.minValue=t.minValue!=null?t.minValue:this.defaultMinValue,this.maxValue=t.maxValue!=null?t.maxValue:this.defaultMaxValue,this.rate=t.rate!=null?t.rate:this.defaultRate,this.axis=t.axis!=null?t.axis:this.defaultAxis}apply(t){return $(()=>{let e=dx(t,this.axis),s=Z(R(this.rate,Ce(e,this.minValue,this.maxValue)),R(1-this.rate,e));return R(t,it(s,Z(le(),e)))})}getConfig(){return{minValue:this.minValue,maxValue:this.maxValue,rate:this.rate,axis:this.axis}}};sa.className="MinMaxNorm";L.registerClass(sa);var qS={maxNorm:"MaxNorm",minMaxNorm:"MinMaxNorm",nonNeg:"NonNeg",unitNorm:"UnitNorm"};function qt(r){return Bi(r)}function jS(r,t={}){return is(r,L.SerializationMap.getMap().classNameMap,t,"constraint")}function jt(r){if(r==null)return null;if(typeof r=="string"){let e={className:r in qS?qS[r]:r,config:{}};return jS(e)}else return r instanceof ro?r:jS(r)}function eD(r){return new ta(r)}function rD(r){return new ea(r)}function sD(){return new ra}function nD(r){return new sa(r)}var YS={};Bt(YS,{constant:()=>aD,glorotNormal:()=>fD,glorotUniform:()=>dD,heNormal:()=>hD,heUniform:()=>gD,identity:()=>pD,leCunNormal:()=>xD,leCunUniform:()=>yD,ones:()=>iD,orthogonal:()=>bD,randomNormal:()=>uD,randomUniform:()=>lD,truncatedNormal:()=>cD,varianceScaling:()=>mD,zeros:()=>oD});function oD(){return new Ui}function iD(){return new Js}function aD(r){return new Hi(r)}function lD(r){return new Ki(r)}function uD(r){return new qi(r)}function cD(r){return new ji(r)}function pD(r){return new Xi(r)}function mD(r){return new Te(r)}function dD(r){return new Xn(r)}function fD(r){return new Yn(r)}function hD(r){return new Qn(r)}function gD(r){return new Zn(r)}function xD(r){return new Jn(r)}function yD(r){return new to(r)}function bD(r){return new Yi(r)}var $I={};Bt($I,{Layer:()=>ut,RNN:()=>Nr,RNNCell:()=>Es,activation:()=>PO,add:()=>qO,alphaDropout:()=>RF,average:()=>jO,averagePooling1d:()=>kx,averagePooling2d:()=>Ax,averagePooling3d:()=>Ex,avgPool1d:()=>sF,avgPool2d:()=>oF,avgPool3d:()=>aF,avgPooling1d:()=>nF,avgPooling2d:()=>iF,avgPooling3d:()=>lF,batchNormalization:()=>tF,bidirectional:()=>NF,categoryEncoding:()=>_F,centerCrop:()=>OF,concatenate:()=>XO,conv1d:()=>EO,conv2d:()=>RO,conv2dTranspose:()=>$O,conv3d:()=>DO,conv3dTranspose:()=>OO,convLstm2d:()=>yF,convLstm2dCell:()=>bF,cropping2D:()=>_O,dense:()=>VO,depthwiseConv2d:()=>zO,dot:()=>JO,dropout:()=>BO,elu:()=>SO,embedding:()=>KO,flatten:()=>GO,gaussianDropout:()=>EF,gaussianNoise:()=>AF,globalAveragePooling1d:()=>uF,globalAveragePooling2d:()=>cF,globalMaxPool1d:()=>IF,globalMaxPool2d:()=>vF,globalMaxPooling1d:()=>kI,globalMaxPooling2d:()=>AI,gru:()=>mF,gruCell:()=>dF,input:()=>wx,inputLayer:()=>NO,layerNormalization:()=>eF,leakyReLU:()=>vO,lstm:()=>fF,lstmCell:()=>hF,masking:()=>$F,maxPool1d:()=>TF,maxPool2d:()=>kF,maxPooling1d:()=>EI,maxPooling2d:()=>RI,maxPooling3d:()=>pF,maximum:()=>YO,minimum:()=>QO,multiply:()=>ZO,permute:()=>HO,prelu:()=>TO,randomWidth:()=>LF,reLU:()=>IO,repeatVector:()=>WO,rescaling:()=>DF,reshape:()=>UO,resizing:()=>FF,rnn:()=>CF,separableConv2d:()=>FO,simpleRNN:()=>gF,simpleRNNCell:()=>xF,softmax:()=>kO,spatialDropout1d:()=>MO,stackedRNNCells:()=>wF,thresholdedReLU:()=>AO,timeDistributed:()=>SF,upSampling2d:()=>LO,zeroPadding2d:()=>rF});async function us(r){if(r==null)return;let t=[],e=[],s=[];for(let n in r){let o=r[n];if(typeof o!="number"){let i=o;t.push(i.data()),e.push(n),s.push(i)}}if(t.length>0){let n=await Promise.all(t);for(let o=0;o<n.length;++o)r[e[o]]=n[o][0];It(s)}}function gm(r){if(r!=null)for(let t in r){let e=r[t];typeof e!="number"&&e.dispose()}}var QS;(function(r){r[r.SILENT=0]="SILENT",r[r.VERBOSE=1]="VERBOSE"})(QS||(QS={}));var CD=125,As=class{constructor(){this.validationData=null}setParams(t){this.params=t}async onEpochBegin(t,e){}async onEpochEnd(t,e){}async onBatchBegin(t,e){}async onBatchEnd(t,e){}async onTrainBegin(t){}async onTrainEnd(t){}setModel(t){}},xm=class{constructor(t,e=10){t==null&&(t=[]),this.callbacks=t,this.queueLength=e}append(t){this.callbacks.push(t)}setParams(t){for(let e of this.callbacks)e.setParams(t)}setModel(t){for(let e of this.callbacks)e.setModel(t)}async onEpochBegin(t,e){e==null&&(e={});for(let s of this.callbacks)await s.onEpochBegin(t,e)}async onEpochEnd(t,e){e==null&&(e={});for(let s of this.callbacks)await s.onEpochEnd(t,e)}async onBatchBegin(t,e){e==null&&(e={});for(let s of this.callbacks)await s.onBatchBegin(t,e)}async onBatchEnd(t,e){e==null&&(e={});for(let s of this.callbacks)await s.onBatchEnd(t,e)}async onTrainBegin(t){t==null&&(t={});for(let e of this.callbacks)await e.onTrainBegin(t)}async onTrainEnd(t){t==null&&(t={});for(let e of this.callbacks)await e.onTrainEnd(t)}},fx=class extends As{constructor(){super()}async onEpochBegin(t){this.seen=0,this.totals={}}async onBatchEnd(t,e){e==null&&(e={});let s=e.size==null?0:e.size;this.seen+=s;for(let n in e){let o=e[n];if(typeof o=="number")this.totals.hasOwnProperty(n)||(this.totals[n]=0),this.totals[n]=this.totals[n]+o*s;else{let i;n in this.totals?i=this.totals[n]:this.totals[n]=0;let a=$(()=>Z(this.totals[n],R(o,s)));this.totals[n]=a,i?.dispose()}}}async onEpochEnd(t,e){if(e!=null)for(let s of this.params.metrics)this.totals[s]!=null&&(typeof this.totals[s]=="number"?e[s]=this.totals[s]/this.seen:$(()=>{let n=R(it(1,this.seen),this.totals[s]);e[s]=n,this.totals[s].dispose(),Kt(e[s])}))}},ym=class extends As{async onTrainBegin(t){this.epoch=[],this.history={}}async onEpochEnd(t,e){e==null&&(e={}),this.epoch.push(t);for(let s in e)this.history[s]==null&&(this.history[s]=[]),this.history[s].push(e[s])}async syncData(){let t=[],e=[],s=[];for(let o in this.history){let i=this.history[o];for(let a=0;a<i.length;++a)if(typeof i[a]!="number"){let l=i[a];t.push(l.data()),e.push(o),s.push(a)}}let n=await Promise.all(t);for(let o=0;o<n.length;++o)this.history[e[o]][s[o]].dispose(),this.history[e[o]][s[o]]=n[o][0]}},bm=class extends As{constructor(t,e){if(super(),this.currentEpoch=0,this.nowFunc=t.nowFunc,this.nextFrameFunc=t.nextFrameFunc||Xp,this.yieldEvery=e||"auto",this.yieldEvery==="auto"&&(this.yieldEvery=CD),this.yieldEvery==="never"&&t.onYield!=null)throw new Error("yieldEvery is `never` but you provided an `onYield` callback. Either change `yieldEvery` or remove the callback");C.isNumber(this.yieldEvery)&&(this.maybeWait=SS(this.maybeWait.bind(this),this.yieldEvery,this.nowFunc)),this.trainBegin=t.onTrainBegin,this.trainEnd=t.onTrainEnd,this.epochBegin=t.onEpochBegin,this.epochEnd=t.onEpochEnd,this.batchBegin=t.onBatchBegin,this.batchEnd=t.onBatchEnd,this.yield=t.onYield}async maybeWait(t,e,s){let n=[];this.yield!=null&&(await us(s),n.push(this.yield(t,e,s))),n.push(this.nextFrameFunc()),await Promise.all(n)}async onEpochBegin(t,e){this.currentEpoch=t,this.epochBegin!=null&&(await us(e),await this.epochBegin(t,e))}async onEpochEnd(t,e){let s=[];this.epochEnd!=null&&(await us(e),s.push(this.epochEnd(t,e))),this.yieldEvery==="epoch"&&s.push(this.nextFrameFunc()),await Promise.all(s)}async onBatchBegin(t,e){this.batchBegin!=null&&(await us(e),await this.batchBegin(t,e))}async onBatchEnd(t,e){let s=[];this.batchEnd!=null&&(await us(e),s.push(this.batchEnd(t,e))),this.yieldEvery==="batch"?s.push(this.nextFrameFunc()):C.isNumber(this.yieldEvery)&&s.push(this.maybeWait(this.currentEpoch,t,e)),await Promise.all(s)}async onTrainBegin(t){this.trainBegin!=null&&(await us(t),await this.trainBegin(t))}async onTrainEnd(t){this.trainEnd!=null&&(await us(t),await this.trainEnd(t))}};function Cm(r,t){return r==null&&(r={}),r instanceof As?[r]:Array.isArray(r)&&r[0]instanceof As?r:kt(r).map(s=>new bm(s,t))}var na=class r{constructor(){}static registerCallbackConstructor(t,e){C.assert(t>=0&&Number.isInteger(t),()=>`Verbosity level is expected to be an integer >= 0, but got ${t}`),r.checkForDuplicate(e),r.constructors[t]==null&&(r.constructors[t]=[]),r.constructors[t].push(e)}static checkForDuplicate(t){for(let e in r.constructors)r.constructors[+e].forEach(n=>{if(n===t)throw new k("Duplicate callback constructor.")})}static clear(){r.constructors={}}static createCallbacks(t){let e=[];for(let s in r.constructors){let n=+s;t>=n&&e.push(...r.constructors[n])}return e.map(s=>new s)}};na.constructors={};function wm(r,t,e,s,n,o,i,a,l){let u=new ym,c=[new fx,...na.createCallbacks(t)];r!=null&&c.push(...r),c.push(u);let p=new xm(c);return p.setParams({epochs:e,initialEpoch:s,samples:n,steps:o,batchSize:i,verbose:t,doValidation:a,metrics:l}),{callbackList:p,history:u}}function We(r,t={},e=!1){return is(r,L.SerializationMap.getMap().classNameMap,t,"layer",e)}function Bu(r,t){return $(()=>{r.dtype!=="float32"&&(r=j(r,"float32"));let e=ct(jn(r),t,!0),s=ug(e.shape,le()),n=we(kr(e,s));return it(r,n)})}function cs(r,t){return $(()=>Qt(jn(yt(t,r)),-1))}function oa(r,t){return $(()=>Qt(Ir(yt(t,r)),-1))}function tn(r,t){return $(()=>{let e=yt(r,t),s=Ce(Ir(r),le(),Number.MAX_VALUE),n=Ir(it(e,s));return R(100,Qt(n,-1))})}function wD(r,t){return $(()=>{let e=Ce(t,le(),Number.MAX_VALUE),s=Tr(Z(1,e)),n=Ce(r,le(),Number.MAX_VALUE),o=Tr(Z(1,n));return Qt(jn(yt(s,o)),-1)})}function ND(r,t){return $(()=>{let e=kr(0,yt(1,R(r,t)));return Qt(jn(e),-1)})}function SD(r,t){return $(()=>{let e=kr(0,yt(1,R(r,t)));return Qt(e,-1)})}function ID(r,t){return $(()=>{let e=ct(R(r,t),-1),s=Vr(R(yt(1,r),t),-1);return kr(0,Z(1,yt(s,e)))})}function vD(r,t){return $(()=>{let e=Math.log(2),s=yt(t,r),n=yt(Z(s,Xs(R(-2,s))),e);return Qt(n,-1)})}function so(r,t,e=!1){return $(()=>{if(e)t=Hn(t);else{let s=ct(t,t.shape.length-1,!0);t=it(t,s)}return t=Ce(t,le(),1-le()),Lt(ct(R(j(r,"float32"),Tr(t)),t.shape.length-1))})}function ia(r,t,e=!1){return $(()=>{let s=j(Mn(FS(r)),"int32");t=Ce(t,le(),1-le());let n=t.shape,o=_(_i(s,n[n.length-1]),n);return so(o,t,e)})}function TD(r,t){if(!C.arraysEqual(r.shape,t.shape))throw new k(`logits and labels must have the same shape, but got shapes ${JSON.stringify(r.shape)} and ${JSON.stringify(t.shape)}`);return $(()=>{let e=Ar(t),s=Lt(Ir(t));return Z(yt(e,R(t,r)),yu(qe(s)))})}function aa(r,t){return $(()=>{let e;return e=Ce(t,le(),1-le()),e=Tr(it(e,yt(1,e))),Qt(TD(r,e),-1)})}function kD(r,t){return $(()=>{let e=Ce(r,le(),1),s=Ce(t,le(),1);return ct(R(r,Tr(it(e,s))),-1)})}function AD(r,t){return $(()=>{let e=Tr(Z(le(),t));return Qt(yt(t,R(r,e)),-1)})}function Gu(r,t){return $(()=>{let e=Bu(r,-1),s=Bu(t,-1),n=R(e,s);return Lt(ct(n,-1))})}var Mu={meanSquaredError:cs,meanAbsoluteError:oa,meanAbsolutePercentageError:tn,meanSquaredLogarithmicError:wD,squaredHinge:ND,hinge:SD,categoricalHinge:ID,logcosh:vD,categoricalCrossentropy:so,sparseCategoricalCrossentropy:ia,binaryCrossentropy:aa,kullbackLeiblerDivergence:kD,poisson:AD,cosineProximity:Gu};function Nm(r){if(typeof r=="string"){if(r in Mu)return Mu[r];let t=`Unknown loss ${r}`;throw r.toLowerCase().includes("softmaxcrossentropy")&&(t=`Unknown loss ${r}. Use "categoricalCrossentropy" as the string name for tf.losses.softmaxCrossEntropy`),new k(t)}else return r}function Wu(r,t){return $(()=>{let e=R(.5,he(t)),s=Re(ce(t,e),r.dtype);return Qt(Oe(r,s),-1)})}function Uu(r,t){return $(()=>Re(Oe(gs(r,-1),gs(t,-1)),"float32"))}function JS(r,t){return $(()=>j(ct(br(Oe(r,1),Oe(t,1))),"float32"))}function ED(r,t){return $(()=>j(ct(br(Oe(r,1),Oe(t,0))),"float32"))}function RD(r,t){return $(()=>j(ct(br(Oe(r,0),Oe(t,1))),"float32"))}function hx(r,t){return $(()=>{let e=JS(r,t),s=RD(r,t),n=Z(e,s);return j(fe(ce(n,0),it(e,n),0),"float32")})}function tI(r,t){return $(()=>{let e=JS(r,t),s=ED(r,t),n=Z(e,s);return j(fe(ce(n,0),it(e,n),0),"float32")})}function Im(r,t){return aa(r,t)}function vm(r,t){return r.rank===t.rank&&(r=bs(r,[r.rank-1])),t=gs(t,-1),t.dtype!==r.dtype&&(t=j(t,r.dtype)),j(Oe(r,t),"float32")}function eI(r,t){return $(()=>{let e=r.sub(t).square().sum(),s=r.sub(r.mean()).square().sum();return dt(1).sub(e.div(s))})}var $D=cs,DD=cs,OD=oa,FD=oa,_D=tn,LD=tn,Hu=so,zD=Gu,gx=ia,Sm={binaryAccuracy:Wu,categoricalAccuracy:Uu,precision:hx,categoricalCrossentropy:Hu,sparseCategoricalCrossentropy:gx,mse:$D,MSE:DD,mae:OD,MAE:FD,mape:_D,MAPE:LD,cosine:zD};function rI(r){if(typeof r=="string"&&r in Sm)return Sm[r];if(typeof r!="string"&&r!=null)return r;throw new k(`Unknown metric ${r}`)}function Ku(r){if(wr(r!==null,`Unknown LossOrMetricFn ${r}`),typeof r=="string")return r;{let t;for(let e of Object.keys(Mu))if(Mu[e]===r){t=e;break}if(t!==void 0)return t;for(let e of Object.keys(Sm))if(Sm[e]===r){t=e;break}return t!==void 0?t:r.name}}function nI(r){let t={Adagrad:()=>Kn.adagrad(.01),Adadelta:()=>Kn.adadelta(1,.95,le()),Adam:()=>Kn.adam(.001,.9,.999,le()),Adamax:()=>Kn.adamax(.002,.9,.999,le(),0),RMSProp:()=>Kn.rmsprop(.001,.9,0,le()),SGD:()=>Kn.sgd(.01)};if(t.adagrad=t.Adagrad,t.adadelta=t.Adadelta,t.adam=t.Adam,t.adamax=t.Adamax,t.rmsprop=t.RMSProp,t.sgd=t.SGD,r in t)return t[r]();throw new k(`Unknown Optimizer ${r}`)}function yx(r,t,e=!1){if(r==null||typeof r!="object"||Object.getPrototypeOf(r)!==Object.prototype||!xx(r))throw new Error("User-defined metadata is expected to be a JSON object, but is not.");if(e){let s=JSON.stringify(r);s.length>1048576&&console.warn(`User-defined metadata of model "${t}" is too large in size (length=${s.length} when serialized). It is not recommended to store such large objects in user-defined metadata. Please make sure its serialized length is <= 1048576.`)}}function xx(r){if(r===null)return!0;if(typeof r=="object")if(Object.getPrototypeOf(r)===Object.prototype){let t=Object.keys(r);for(let e of t)if(typeof e!="string"||!xx(r[e]))return!1;return!0}else if(Array.isArray(r)){for(let t of r)if(!xx(t))return!1;return!0}else return!1;else{let t=typeof r;return t==="string"||t==="number"||t==="boolean"}}function oI(r,t,e,s=console.log){let n=BD(r),o=["Layer (type)","Input Shape","Output shape","Param #"];n?(t=t||90,e=e||[.32,.61,.89,1]):(t=t||115,e=e||[.24,.48,.7,.8,1]),e[e.length-1]<=1&&(e=e.map(c=>Math.floor(t*c)));let i;if(!n){o.push("Receives inputs"),i=[];for(let c in r.nodesByDepth)i.push(...r.nodesByDepth[c])}s("_".repeat(t)),Tm(o,e,s),s("=".repeat(t));let a=r.layers;for(let c=0;c<a.length;++c)n?MD(a[c],e,s):GD(a[c],e,i,s),s((c===a.length-1?"=":"_").repeat(t));r.checkTrainableWeightsConsistency();let l=VD(r),u=Zi(r.nonTrainableWeights);s(`Total params: ${l+u}`),s(`Trainable params: ${l}`),s(`Non-trainable params: ${u}`),s("_".repeat(t))}function VD(r){let t;return r.collectedTrainableWeights!=null?t=Zi(r.collectedTrainableWeights):t=Zi(r.trainableWeights),t}function BD(r){let t=!0,e=[],s=[];for(let n in r.nodesByDepth)e.push(r.nodesByDepth[n]);for(let n of e){if(n.length>1||n.length===1&&n[0].inboundLayers.length>1){t=!1;break}s.push(...n)}if(t)for(let n of r.layers){let o=!1;for(let i of n.inboundNodes)if(s.indexOf(i)!==-1)if(o){t=!1;break}else o=!0;if(!t)break}return t}function Tm(r,t,e=console.log){let s="";for(let n=0;n<r.length;++n)n>0&&(s=s.slice(0,s.length-1)+" "),s+=r[n],s=s.slice(0,t[n]),s+=" ".repeat(t[n]-s.length);e(s)}function MD(r,t,e){let s,n;try{n=r.inboundNodes.map(l=>JSON.stringify(l.inputShapes)).join(",")}catch{n="multiple"}try{s=JSON.stringify(r.outputShape)}catch{s="multiple"}let o=r.name,i=r.getClassName(),a=[`${o} (${i})`,n,s,r.countParams().toString()];Tm(a,t,e)}function GD(r,t,e,s){let n,o;try{o=r.inboundNodes.map(p=>JSON.stringify(p.inputShapes)).join(",")}catch{o="multiple"}try{n=JSON.stringify(r.outputShape)}catch{n="multiple"}let i=[];for(let p of r.inboundNodes)if(!(e!=null&&e.length>0&&e.indexOf(p)===-1))for(let m=0;m<p.inboundLayers.length;++m){let d=p.inboundLayers[m].name,f=p.nodeIndices[m],h=p.tensorIndices[m];i.push(`${d}[${f}][${h}]`)}let a=r.name,l=r.getClassName(),u=i.length===0?"":i[0],c=[`${a} (${l})`,o,n,r.countParams().toString(),u];Tm(c,t,s);for(let p=1;p<i.length;++p)Tm(["","","","",i[p]],t,s)}function iI(r,t,e){return(r==="inboundNodes"||r==="outputLayers"||r==="inputLayers")&&t===0&&typeof e=="string"}function no(r,t){if(r===null)return null;if(typeof r=="string")return Is(r);if(typeof r=="number"||typeof r=="boolean")return r;if(r instanceof Array){let e=[],s=r.length;for(let n=0;n<s;++n){let o=r[n];iI(t,n,o)?e.push(o):e.push(no(o,t))}return e}else{let e={};for(let s of Object.keys(r)){let n=r[s];if(s==="name"&&typeof n=="string")e[s]=n;else{let o=Is(s);e[o]=no(n,o)}}return e}}function km(r,t){if(r==null)return null;if(typeof r=="string")return Dr(r);if(typeof r=="number"||typeof r=="boolean")return r;if(r instanceof Array){let e=[],s=r.length;for(let n=0;n<s;++n){let o=r[n];iI(t,n,o)?e.push(o):e.push(km(o,t))}return e}else{let e={};for(let s of Object.keys(r)){let n=r[s],o=Dr(s);(s==="name"||s==="className")&&typeof n=="string"?e[o]=n:e[o]=km(n,s)}return e}}var oo="4.22.0";var WD=r=>{let t=Object.keys(r);if(t.length===0)return!1;let e=t[0].split("/");return!isNaN(parseInt(e[e.length-1],10))},Am=class r extends ut{constructor(t){if(super({}),this.containerNodes=new Set,this.name=t.name,this.name==null){let y=this.getClassName().toLowerCase();this.name=Qs(y)}if(this.supportsMasking=!1,this.trainable_=!0,Array.isArray(t.inputs)?this.inputs=t.inputs.slice():this.inputs=[t.inputs],Array.isArray(t.outputs)?this.outputs=t.outputs.slice():this.outputs=[t.outputs],Or(this.inputs).length!==this.inputs.length)throw new k(`The list of inputs passed to the model is redundant. All inputs should only appear once. Found: ${this.inputs.map(y=>y.name)}`);Or(this.outputs).length!==this.outputs.length&&console.warn(`The list of outputs passed to the model is redundant. All outputs should only appear once. Found: ${this.outputs.map(y=>y.name)}`),this.inputLayers=[],this.inputLayersNodeIndices=[],this.inputLayersTensorIndices=[],this.outputLayers=[],this.outputLayersNodeIndices=[],this.outputLayersTensorIndices=[],this.layers=[],this.internalContainerRefs=[];for(let y of this.outputs){let N=y.sourceLayer,w=y.nodeIndex,I=y.tensorIndex;this.outputLayers.push(N),this.outputLayersNodeIndices.push(w),this.outputLayersTensorIndices.push(I)}for(let y of this.inputs){let N=y.sourceLayer,w=y.nodeIndex,I=y.tensorIndex;wr(w===0,"input layer has >1 nodes"),wr(I===0,"input layer has >1 tensors"),this.inputLayers.push(N),this.inputLayersNodeIndices.push(w),this.inputLayersTensorIndices.push(I)}this.inputNames=[],this.outputNames=[],this.feedInputShapes=[],this.feedInputNames=[],this.feedOutputNames=[];for(let y=0;y<this.inputLayers.length;y++){let N=this.inputLayers[y];if(!(N instanceof Hr))throw new TypeError(`Input layers to a LayersModel must be InputLayer objects. Received inputs: ${t.inputs}. Input ${y} (0-based) originates from layer type ${N.getClassName()}.`);this.inputNames.push(N.name),this.feedInputShapes.push(N.batchInputShape),this.feedInputNames.push(N.name)}for(let y of this.outputLayers)this.outputNames.push(y.name);this.internalInputShapes=this.inputs.map(y=>y.shape),this.internalOutputShapes=this.outputs.map(y=>y.shape);let e={},s={},n={},o={},i={},a=[],l=(y,N,w,I,T,A)=>{(I==null||T==null||A==null)&&(I=y.sourceLayer,T=y.nodeIndex,A=y.tensorIndex);let E=I.inboundNodes[T];if(w.indexOf(E)!==-1)throw new ze(`The tensor ${y.name} at layer "${I.name}" is part of a cycle.`);if(N.indexOf(E)!==-1)return;this.containerNodes.add(r.nodeKey(I,T)),I.id in i||(i[I.id]=Object.keys(i).length),w.indexOf(E)===-1&&w.push(E);let D=E.inboundLayers.length;for(let F=0;F<D;F++){let z=E.inputTensors[F],W=E.inboundLayers[F],M=E.nodeIndices[F],G=E.tensorIndices[F];l(z,N,w,W,M,G)}for(N.push(E);w.indexOf(E)>=0;)w.splice(w.indexOf(E),1);a.push(E)},u=[],c=[];for(let y of this.outputs)l(y,u,c);let p=a.slice().reverse();for(let y of p){s[y.id]=y,y.id in e||(e[y.id]=0);let N=e[y.id],w=n[y.outboundLayer.id]==null?0:n[y.outboundLayer.id];N=Math.max(N,w),n[y.outboundLayer.id]=N,o[y.outboundLayer.id]=y.outboundLayer,e[y.id]=N;for(let I=0;I<y.inboundLayers.length;I++){let T=y.inboundLayers[I],A=y.nodeIndices[I],E=T.inboundNodes[A],D=e[E.id]==null?0:e[E.id];e[E.id]=Math.max(N+1,D),s[E.id]=E}}let m={};for(let y in e){let N=e[y];N in m||(m[N]=[]),m[N].push(s[y])}let d={};for(let y in n){let N=n[y];N in d||(d[N]=[]),d[N].push(o[y])}let f=Object.keys(d).map(y=>parseInt(y,10)).sort(_u);this.layers=[];for(let y of f){let N=d[y];N.sort((w,I)=>{let T=i[w.id],A=i[I.id];return T<A?-1:T>A?1:0});for(let w of N)w instanceof r&&this.internalContainerRefs.push(w),this.layers.push(w)}this.layersByDepth=d,f=Object.keys(m).map(y=>parseInt(y,10)).sort(_u);let h=this.inputs.slice(),g=[];for(let y of f)for(let N of m[y]){let w=N.outboundLayer;if(w!=null){for(let I of N.inputTensors)if(h.indexOf(I)===-1)throw new ze(`Graph disconnected: cannot obtain value for tensor ${I} at layer "${w.name}". The following previous layers were accessed without issue: ${g}`);for(let I of N.outputTensors)h.push(I);g.push(w.name)}}this.nodesByDepth=m;let x=this.layers.map(y=>y.name);for(let y of x){let N=x.filter(w=>w===y).length;if(N!==1)throw new ze(`The name "${y}" is used ${N} times in the model. All layer names should be unique. Layer names: `+JSON.stringify(x))}this.outboundNodes=[],this.inboundNodes=[],new ks({outboundLayer:this,inboundLayers:[],nodeIndices:[],tensorIndices:[],inputTensors:this.inputs,outputTensors:this.outputs,inputMasks:this.inputs.map(y=>null),outputMasks:this.outputs.map(y=>null),inputShapes:this.inputs.map(y=>y.shape),outputShapes:this.outputs.map(y=>y.shape)}),this.built=!0,this._refCount=1}assertNotDisposed(){if(this._refCount===0)throw new Error(`Container '${this.name}' is already disposed.`)}dispose(){this.assertNotDisposed();let t={refCountAfterDispose:null,numDisposedVariables:0};if(--this._refCount===0){for(let e of this.layers)t.numDisposedVariables+=e.dispose().numDisposedVariables;for(let e of this.internalContainerRefs)t.numDisposedVariables+=e.dispose().numDisposedVariables}return t.refCountAfterDispose=this._refCount,t}get trainable(){return this.trainable_}set trainable(t){this.layers.forEach(e=>{e._trainableWeights.forEach(s=>s.trainable=t)}),this.trainable_=t}get trainableWeights(){if(this._trainableWeights.length>0)throw new k("Container instance unexpectedly contains _trainableWeights.The trainable weights of a Container are a union of the trainable weights of its consituent Layers. Its own _trainableWeights must remain an empty Array.");if(!this.trainable)return[];let t=[];for(let e of this.layers)t=t.concat(e.trainableWeights);return t}get nonTrainableWeights(){let t=[];for(let e of this.layers)t.push(...e.nonTrainableWeights);if(!this.trainable){let e=[];for(let s of this.layers)e.push(...s.trainableWeights);return e.concat(t)}return t}get weights(){return this.trainableWeights.concat(this.nonTrainableWeights)}loadWeights(t,e=!0){let s={},n=0,o=WD(t);o&&this.parseWeights(t);for(let a of this.layers)for(let[l,u]of a.weights.entries()){let c=o?`${u.name.split("/").slice(0,-1).join("/")+"/"}${l}`:u.originalName;if(s[c]!=null)throw new k(`Duplicate weight name: ${c}`);s[c]=u,n++}let i=[];for(let a in t){let l=a;if(s[a]==null){let u=a.split("/");l=u.slice(0,-2).concat([u[u.length-1]]).join("/")}if(s[l]!=null)i.push([s[l],t[a]]);else if(e)throw new k(`Provided weight data has no target variable: ${a}`);delete s[l]}if(e){let a=[];for(let l in s)a.push(l);if(a.length>0)throw new k(`${a.length} of ${n} weights are not set: ${a}`)}Ji(i)}parseWeights(t){for(let e in Object.keys(t)){let s=e.split("/"),n=["vars","layer_checkpoint_dependencies"],o=s.map(i=>i.startsWith("_")?i.slice(1):i).filter(i=>!n.includes(i)).join("/");o!==e&&(t[o]=t[e],delete t[e])}}updatedConfig(){let t=this.getConfig(),e={};return e.className=this.getClassName(),e.config=t,e.kerasVersion=`tfjs-layers ${oo}`,e.backend="TensorFlow.js",e}toJSON(t,e=!0){let s=km(this.updatedConfig());return e?JSON.stringify(s):s}call(t,e){return $(()=>{t=kt(t);let s=new ls;for(let n=0;n<this.inputs.length;++n)s.add(this.inputs[n],t[n]);return eo(this.outputs,s,e)})}computeMask(t,e){return $(()=>{t=kt(t);let s;return e==null?s=$r(null,t.length):s=kt(e),this.runInternalGraph(t,s)[1]})}computeOutputShape(t){let e=Qi(t);if(e.length!==this.inputLayers.length)throw new k(`Invalid inputShape argument ${t}: model has ${this.inputLayers.length} tensor inputs.`);let s={};for(let a=0;a<e.length;a++){let l=this.inputLayers[a],u=e[a],c=l.name+"_0_0";s[c]=u}let n=Object.keys(this.nodesByDepth).map(a=>parseInt(a,10)).sort(_u);if(n.length>1)for(let a of n){let l=this.nodesByDepth[a];for(let u of l){let c=u.outboundLayer;if(this.inputLayers.map(h=>h.id).indexOf(c.id)!==-1)continue;let p=[];for(let h=0;h<u.inboundLayers.length;h++){let g=u.inboundLayers[h],x=u.nodeIndices[h],y=u.tensorIndices[h],N=`${g.name}_${x}_${y}`,w=s[N];p.push(w)}let m=c.computeOutputShape(xe(p)),d=Qi(m),f=c.inboundNodes.indexOf(u);for(let h=0;h<d.length;h++){let g=`${c.name}_${f}_${h}`;s[g]=d[h]}}}let o=[],i=[];for(let a=0;a<this.outputLayers.length;a++){let l=this.outputLayers[a],u=this.outputLayersNodeIndices[a],c=this.outputLayersTensorIndices[a],p=`${l.name}_${u}_${c}`;i.push(p)}for(let a=0;a<i.length;a++){let l=i[a];wr(l in s),o.push(s[l])}return xe(o)}runInternalGraph(t,e){e==null&&(e=$r(null,t.length));let s={};for(let l=0;l<this.inputs.length;++l){let u=this.inputs[l],c=t[l],p=e[l];s[u.id]=[c,p]}let n=Object.keys(this.nodesByDepth).map(l=>parseInt(l,10)).sort(_u);for(let l of n){let u=this.nodesByDepth[l];for(let c of u){let p=c.outboundLayer,m=c.inputTensors,d=c.outputTensors,f=new Array;for(let h of m)h.id in s&&f.push(s[h.id]);if(f.length===m.length){let h={},g,x,y,N;if(c.callArgs!=null&&(h=c.callArgs),f.length===1){let[w,I]=f[0];h.mask==null&&(h.mask=I),y=kt(p.call(w,h)),N=kt(p.computeMask(w,I)),g=[w],x=[I]}else g=f.map(w=>w[0]),x=f.map(w=>w[1]),h.mask==null&&(h.mask=x),y=kt(p.call(g,h)),N=kt(p.computeMask(g,x));if(p.activityRegularizer)throw new lt("LayersModel invocation with concrete Tensor value(s) in the presence of activity regularizer(s) is not supported yet.");for(let w=0;w<d.length;++w){let I=d[w],T=y[w],A=N[w];s[I.id]=[T,A]}}}}let o=[],i=[],a=[];for(let l of this.outputs){wr(l.id in s,`Could not compute output ${l.name} : ${l.id}`);let[u,c]=s[l.id];a.push(u.shape),o.push(u),i.push(c)}return[o,i,a]}buildNodeConversionMap(t){let e={},s;for(let n of this.layers){s=n instanceof r?1:0;for(let o=0;o<n.inboundNodes.length;o++){let i=r.nodeKey(n,o);this.containerNodes.has(i)&&(e[i]=s,s+=1)}}return e}getLayer(t,e){if(e!=null)return this.findLayer(e);if(t==null)throw new k("Provide either a layer name or layer index");if(typeof t=="number")return this.findLayer(t);for(let s of this.layers)if(s.name===t)return s;throw new k(`No such layer: ${t}`)}findLayer(t){if(this.layers.length<=t)throw new k(`Was asked to retrieve layer at index ${t}, but model only has ${this.layers.length} layer(s).`);return this.layers[t]}calculateLosses(){return $(()=>{let t=[];for(let e of this.layers)for(let s=0;s<e.inboundNodes.length;++s){let n=r.nodeKey(e,s);this.containerNodes.has(n)&&t.push(...e.calculateLosses())}return t})}getConfig(){let t={name:this.name},e=this.buildNodeConversionMap(this.layers),s=[];for(let i of this.layers){let a=i.getClassName(),l=i.getConfig(),u=[];for(let p=0;p<i.inboundNodes.length;p++){let m=i.inboundNodes[p],d=r.nodeKey(i,p),f={};if(this.containerNodes.has(d)){if(m.callArgs)try{JSON.stringify(m.callArgs),f=m.callArgs}catch{console.warn(`Layer ${i.name} was passed non-serializable keyword arguments: ${m.callArgs}. They will not be included in the serialized model (and thus will be missing at deserialization time).`),f={}}if(m.inboundLayers.length>0){let h=[];for(let g=0;g<m.inboundLayers.length;g++){let x=m.inboundLayers[g],y=m.nodeIndices[g],N=m.tensorIndices[g],w=r.nodeKey(x,y),I=e[w];I==null&&(I=0),h.push([x.name,I,N,f])}u.push(h)}}}let c={};c.name=i.name,c.className=a,c.config=l,c.inboundNodes=u,s.push(c)}t.layers=s;let n=[];for(let i=0;i<this.inputLayers.length;i++){let a=this.inputLayers[i],l=this.inputLayersNodeIndices[i],u=r.nodeKey(a,l);if(!this.containerNodes.has(u))continue;let c=e[u];c==null&&(c=0);let p=this.inputLayersTensorIndices[i];n.push([a.name,c,p])}t.inputLayers=n;let o=[];for(let i=0;i<this.outputLayers.length;i++){let a=this.outputLayers[i],l=this.outputLayersNodeIndices[i],u=r.nodeKey(a,l);if(!this.containerNodes.has(u))continue;let c=e[u];c==null&&(c=0);let p=this.outputLayersTensorIndices[i];o.push([a.name,c,p])}return t.outputLayers=o,t}static fromConfig(t,e,s={},n=!1){let o={},i={};function a(g,x){g.name in i?i[g.name].push(x):i[g.name]=[x]}function l(g,x){let y=[],N;for(let w of x){let I=w[0],T=w[1],A=w[2];if(N=w[3]==null?{}:w[3],!(I in o)){a(g,x);return}let E=o[I];if(E.inboundNodes.length<=T){a(g,x);return}let D=E.inboundNodes[T];y.push(D.outputTensors[A])}y.length>0&&g.apply(xe(y),N)}function u(g){let x=g.name,y=We(g,e.customObjects!=null?e.customObjects:{});y.setFastWeightInitDuringBuild(n),o[x]=y,g.inboundNodes.forEach(w=>{if(!(w instanceof Array))throw new k(`Corrupted configuration, expected array for nodeData: ${w}`);a(y,w)})}let c=e.name,p=e.layers;for(let g of p)u(g);for(;!wS(i);)for(let g of p){let x=o[g.name];if(x.name in i){let y=i[x.name];delete i[x.name];for(let N of y)l(x,N)}}let m=[],d=[],f=e.inputLayers;for(let g of f){let x=g[0],y=g[1],N=g[2];wr(x in o);let I=o[x].inboundNodes[y].outputTensors;m.push(I[N])}let h=e.outputLayers;for(let g of h){let x=g[0],y=g[1],N=g[2];wr(x in o);let I=o[x].inboundNodes[y].outputTensors;d.push(I[N])}return new t({inputs:m,outputs:d,name:c})}get stateful(){if(this._stateful)throw new k("Container instance unexpectedly has _stateful = true. The statefulness of a Container is determined by the Layers it contains. Its _stateful property must remain the default false.");for(let t of this.layers)if(t.stateful)return!0;return!1}resetStates(){$(()=>{this.layers.forEach(t=>{t.stateful&&t.resetStates()})})}};function UD(r,t,e){let s=t.length;if(r==null||Array.isArray(r)&&r.length===0)return t.map(n=>null);if(s===1)return Array.isArray(r)&&r.length===1?r:typeof r=="object"&&t[0]in r?[r[t[0]]]:[r];if(Array.isArray(r)){if(r.length!==s)throw new Error(`Provided ${e} is an array of ${r.length} element(s), but the model has ${s} outputs. Make sure a set of weights is provided for each model output.`);return r}else if(typeof r=="object"&&Object.keys(r).length>0&&typeof r[Object.keys(r)[0]]=="object"){let n=[];return t.forEach(o=>{o in r?n.push(r[o]):n.push(null)}),n}else throw new Error(`The model has multiple (${s}) outputs, so ${e} must be either an array with ${s} elements or an object with ${t} keys. Provided ${e} not understood: ${JSON.stringify(r)}`)}function Em(r,t){return UD(r,t,"classWeight")}async function Rm(r,t,e,s){if(t!=null||s!=null)throw new Error("Support sampleWeight is not implemented yet");if(e!=null){let n=$(()=>{if(r.shape.length===1)return ou(r);if(r.shape.length===2){if(r.shape[1]>1)return gs(r,1);if(r.shape[1]===1)return _(r,[r.shape[0]]);throw new Error(`Encountered unexpected last-dimension size (${r.shape[1]}) during handling of class weights. The size is expected to be >= 1.`)}else throw new Error(`Unexpected rank of target (y) tensor (${r.rank}) during handling of class weights. The rank is expected to be 1 or 2.`)}),o=Array.from(await n.data());It(n);let i=[];return o.forEach(a=>{if(e[a]==null)throw new Error(`classWeight must contain all classes in the training data. The class ${a} exists in the data but not in classWeight`);i.push(e[a])}),os(i,"float32")}else return null}function aI(r,t){return R(r,t)}var HD=32;function cI(r,t){let e,s,n=t;e=n.xs,s=n.ys,C.assert(e!=null&&s!=null,()=>`A Dataset iterator for fitDataset() is expected to generate objects of the form \`{xs: xVal, ys: yVal}\`, where the two values may be \`tf.Tensor\`, an array of Tensors, or a map of string to Tensor.  The provided Dataset instead generates ${t}`);let o=lI("input",r.inputNames,e),i=lI("output",r.outputNames,s),a=o[0].shape[0];C.assert(o.length===r.inputs.length,()=>`LayersModel has ${r.inputs.length} inputs, but the dataset provides ${o.length} inputs.  (Expected input keys: ${JSON.stringify(r.inputNames)})`),C.assert(i.length===r.outputs.length,()=>`LayersModel has ${r.outputs.length} outputs, but the dataset provides ${i.length} outputs.  (Expected output keys: ${JSON.stringify(r.outputNames)})`);for(let l=0;l<o.length;l++)C.assert(o[l].shape[0]===a,()=>`Batch size mismatch: input ${r.inputNames[l]} has ${o[l].shape[0]}; expected  ${a} based on input ${r.inputNames[0]}.`);for(let l=0;l<i.length;l++)C.assert(i[l].shape[0]===a,()=>`Batch size mismatch: output ${r.outputNames[l]} has ${i[l].shape[0]}; expected  ${a} based on input ${r.inputNames[0]}.`);return{xs:o,ys:i}}function lI(r,t,e){if(e instanceof ae)return[e];if(Array.isArray(e))return C.assert(e.length===t.length,()=>`Received an array of ${e.length} Tensors, but expected ${t.length} to match the ${r} keys ${t}.`),e;{let s=[];for(let n of t){if(e[n]==null)throw new k(`The feature data generated by the dataset lacks the required ${r} key '${n}'.`);s.push(e[n])}return s}}function KD(r){if(r.length===3)throw new lt("Validation with sample weights is not implemented yet.");return{xs:r[0],ys:r[1]}}async function pI(r,t,e){let s=e.batchesPerEpoch!=null;if(C.assert(r.optimizer!=null,()=>"You must compile a model before training/testing. Use LayersModel.compile(modelCompileConfig)."),C.assert(e!=null,()=>"For fitDataset(), the 2nd argument (config) is required, but it is not provided in this call."),C.assert(e.epochs!=null&&e.epochs>0&&Number.isInteger(e.epochs),()=>`For fitDataset(), config.epochs is expected to be a positive integer, but got ${e.epochs}`),C.assert(!s||e.batchesPerEpoch>0&&Number.isInteger(e.batchesPerEpoch),()=>`For fitDataset(), config.batchesPerEpoch is expected to be a positive integer if specified, but got ${e.batchesPerEpoch}`),C.assert(e.validationSplit==null,()=>"`validationSplit` is not supported by `fitDataset()`. Use validationData instead."),r.isTraining)throw new Error("Cannot start training because another fit() call is ongoing.");r.isTraining=!0;try{let n=e.validationData!=null,o,i;if(n)if(uI(e.validationData))C.assert(e.validationBatches==null||e.validationBatches>0&&Number.isInteger(e.validationBatches),()=>`For fitDataset() with dataset-based validation, config.validationBatches is expected not to be provided, or to be a positive integer, but got ${e.validationBatches}`);else{let g=KD(e.validationData);o=g.xs,i=g.ys}let a=r.makeTrainFunction(),l=r.getDedupedMetricsNames(),u;n?u=l.slice().concat(l.map(g=>"val_"+g)):u=l.slice();let c=Cm(e.callbacks,e.yieldEvery),p=e.verbose==null?1:e.verbose,{callbackList:m,history:d}=wm(c,p,e.epochs,null,null,qD(t,e),null,n,u);m.setModel(r),r.history=d,await m.onTrainBegin(),r.stopTraining_=!1;let f=e.initialEpoch==null?0:e.initialEpoch,h=await t.iterator();for(;f<e.epochs;){let g={};await m.onEpochBegin(f);let x=0,y=0;for(s||(h=await t.iterator());!s||x<e.batchesPerEpoch;){let N=await h.next();if(s&&N.done){console.warn(`You provided \`batchesPerEpoch\` as ${e.batchesPerEpoch}, but your dataset iterator ran out of data after ${x} batches; interrupting training. Make sure that your dataset can generate at least \`batchesPerEpoch * epochs\` batches (in this case, ${e.batchesPerEpoch*e.epochs} batches). You may need to use the repeat() function when building your dataset.`);break}if(N.value!=null){let{xs:w,ys:I}=cI(r,N.value),T={};T.batch=y,T.size=w[0].shape[0],await m.onBatchBegin(y,T);let A=[];if(e.classWeight!=null){let F=Em(e.classWeight,r.outputNames);for(let z=0;z<F.length;++z)A.push(await Rm(I[z],null,F[z]))}let E=w.concat(I).concat(A),D=a(E);It(E);for(let F=0;F<l.length;++F){let z=l[F],W=D[F];T[z]=W,Kt(W)}await m.onBatchEnd(y,T),gm(T),y++,x++}if(s?x>=e.batchesPerEpoch:N.done){if(n){let w;uI(e.validationData)?w=kt(await r.evaluateDataset(e.validationData,{batches:e.validationBatches})):w=kt(r.evaluate(o,i,{batchSize:e.validationBatchSize==null?HD:e.validationBatchSize,verbose:0}));for(let I=0;I<r.metricsNames.length;++I)g[`val_${r.metricsNames[I]}`]=w[I]}break}if(r.stopTraining_)break}if(await m.onEpochEnd(f,g),f++,r.stopTraining_)break}return await m.onTrainEnd(),await r.history.syncData(),r.history}finally{r.isTraining=!1}}function qD(r,t){let e=null;return t.batchesPerEpoch!=null?e=t.batchesPerEpoch:Number.isFinite(r.size)&&(e=r.size),e}function uI(r){return typeof r.iterator=="function"}function jD(r){return typeof r.next=="function"}async function mI(r,t,e){e=e||{};let s=e.batches!=null,n=r.testFunction,o=[];if(e.verbose>0)throw new lt("Verbose mode is not implemented yet.");C.assert(!s||e.batches>0&&Number.isInteger(e.batches),()=>`Test loop expects \`batches\` to be a positive integer, but received ${JSON.stringify(e.batches)}`);let i=jD(t)?t:await t.iterator(),a=0,l=0;for(;!s||l<e.batches;){let u=await i.next();if(o=$(()=>{if(u.value){let{xs:c,ys:p}=cI(r,u.value),m=c.concat(p),d=$(()=>n(m));if(It(m),l===0)for(let h=0;h<d.length;++h)o.push(dt(0));let f=m[0].shape[0];for(let h=0;h<d.length;++h){let g=d[h],x=o[h];o[h]=$(()=>Z(o[h],R(f,g))),l>0&&It(x)}It(d),a+=f,++l}return o}),u.done){s&&console.warn(`Your dataset iterator ran out of data during evaluateDataset(). Interrupting evalution. Make sure that your dataset can generate at least \`batches\` batches (in this case, ${e.batches} batches). You may need to use the repeat() function when building your dataset.`);break}}for(let u=0;u<o.length;++u){let c=o[u];o[u]=it(o[u],a),It(c)}return xe(o)}function $m(r){C.assert(r>0&&Number.isInteger(r),()=>`batchSize is required to be a positive integer, but got ${r}`)}function la(r,t,e){return r==null?[null]:Array.isArray(r)?r.map(s=>vs(s,t,e-t)):vs(r,t,e-t)}function Dm(r,t){return $(()=>r==null?null:Array.isArray(r)?r.map(e=>Dm(e,t)):cm(r,t.dtype==="int32"?t:j(t,"int32")))}function Om(r,t){let e=[],s=0,n=null;for(;s<r;)n=s+t,n>=r&&(n=r),e.push([s,n]),s=n;return e}function bx(r){let t=[];r instanceof ae&&(r=[r]);for(let e=0;e<r.length;++e){let s=r[e];if(s.rank===1)t.push(Ts(s,1));else{if(s.rank===0)throw new Error("Expected tensor to be at least 1D, but received a 0D tensor (scalar).");t.push(s)}}return t}function Lr(r,t){if(r==null)return;let e=[];if(t instanceof ae)e.push(t.id);else if(Array.isArray(t))t.forEach(n=>e.push(n.id));else if(t!=null)for(let n in t){let o=t[n];e.push(o.id)}let s=[];if(r instanceof ae)e.indexOf(r.id)===-1&&s.push(r);else if(Array.isArray(r))r.forEach(n=>{e.indexOf(n.id)===-1&&s.push(n)});else if(r!=null)for(let n in r){let o=r[n];e.indexOf(o.id)===-1&&s.push(o)}s.forEach(n=>{n.isDisposed||n.dispose()})}function XD(r){return r instanceof ae}function Cx(r){return Array.isArray(r)}function dI(r){return!XD(r)&&!Cx(r)}function fI(r,t,e,s=!0,n=""){if(t==null||t.length===0){if(r!=null){let i=!1;if(Cx(r)&&r.length>0)i=!0;else if(dI(r)){for(let a in r)if(r.hasOwnProperty(a)){i=!0;break}}else i=!0;if(i)throw new k(`Error when checking model ${n} expected no data, but got ${r}`)}return[]}if(r==null)return t.map(i=>null);let o;if(dI(r)){r=r,o=[];for(let i of t){if(r[i]==null)throw new k(`No data provided for "${i}". Need data for each key in: ${t}`);o.push(r[i])}}else if(Cx(r)){if(r=r,r.length!==t.length)throw new k(`Error when checking model ${n}: the Array of Tensors that you are passing to your model is not the size the model expected. Expected to see ${t.length} Tensor(s), but instead got the following list of Tensor(s): ${r}`);o=r}else{if(r=r,t.length>1)throw new k(`The model ${n} expects ${t.length} Tensor(s), but only received one Tensor. Found: Tensor with shape ${r.shape}`);o=[r]}if(o=bx(o),e!=null)for(let i=0;i<t.length;++i){if(e[i]==null)continue;let a=o[i];if(a.shape.length!==e[i].length)throw new k(`Error when checking ${n}: expected ${t[i]} to have ${e[i].length} dimension(s). but got array with shape ${a.shape}`);for(let l=0;l<e[i].length;++l){if(l===0&&!s)continue;let u=a.shape[l],c=e[i][l];if(c!=null&&c>=0&&u!==c)throw new k(`${n} expected a batch of elements where each example has shape [${e[i].slice(1,e[i].length)}] (i.e.,tensor shape [*,${e[i].slice(1,e[i].length)}]) but the ${n} received an input with ${a.shape[0]} examples, each with shape [${a.shape.slice(1,a.shape.length)}] (tensor shape [${a.shape}])`)}}return o}function YD(r,t,e){let s=Or(r.map(o=>o.shape[0]));s.sort();let n=Or(t.map(o=>o.shape[0]));if(n.sort(),s.length>1)throw new k(`All input Tensors (x) should have the same number of samples. Got array shapes: ${JSON.stringify(r.map(o=>o.shape))}`);if(n.length>1)throw new k(`All target Tensors (y) should have the same number of samples. Got array shapes: ${JSON.stringify(t.map(o=>o.shape))}`);if(s.length>0&&n.length>0&&!C.arraysEqual(s,n))throw new k(`Input Tensors should have the same number of samples as target Tensors. Found ${s[0]} input sample(s) and ${n[0]} target sample(s).`)}function QD(r,t,e){let s=[cs,aa,so];for(let n=0;n<r.length;++n){let o=r[n],i=t[n],a=e[n];if(i!=null){if(i===so&&o.shape[o.shape.length-1]===1)throw new k(`You are passing a target array of shape ${o.shape} while using a loss 'categorical_crossentropy'. 'categorical_crossentropy'expects targets to be binary matrices (1s and 0s) of shape [samples, classes].`);if(s.indexOf(i)!==-1){let l=o.shape.slice(1),u=a.slice(1);for(let c=0;c<l.length;++c){let p=l[c],m=u[c];if(m!=null&&p!==m)throw new k(`A target Tensor with shape ${o.shape} was passed for an output of shape ${a}, while using a loss function that expects targets to have the same shape as the output.`)}}}}}function hI(r,t,e,s=!0,n=""){let o;if(Array.isArray(r)){if(r.length!==t.length)throw new k(`Error when checking model ${n}: the Array of Tensors that you are passing to your model is not the size the the model expected. Expected to see ${t.length} Tensor(s), but instead got ${r.length} Tensors(s).`);o=r}else{if(t.length>1)throw new k(`The model expects ${t.length} ${n} Tensors, but only received one Tensor. Found: array with shape ${JSON.stringify(r.shape)}.`);o=[r]}if(e!=null)for(let i=0;i<t.length;++i){if(e[i]==null)continue;let a=o[i];if(a.shape.length!==e[i].length)throw new k(`Error when checking ${n}: expected ${t[i]} to have ${e[i].length} dimension(s), but got array with shape ${JSON.stringify(a.shape)}`);for(let l=0;l<e[i].length;++l){if(l===0&&!s)continue;let u=a.shape[l],c=e[i][l];if(c!=null&&c!==u)throw new k(`Error when checking ${n}: expected ${t[i]} to have shape ${JSON.stringify(e[i])} but got array with shape ${JSON.stringify(a.shape)}.`)}}}function ZD(r,t){if(r==null||Array.isArray(r)&&r.length===0)return t.map(s=>[]);let e;if(typeof r=="string"||typeof r=="function")e=[r];else if(Array.isArray(r)||typeof r=="object")e=r;else throw new TypeError(`Type of metrics argument not understood. Expected an string,function, Array, or Object, found: ${r}`);if(Array.isArray(e))return t.map(s=>e);{let s=[];for(let n of t){let o=e.hasOwnProperty(n)?e[n]:[];Array.isArray(o)||(o=[o]),s.push(o)}return s}}var JD="layers-model",lr=class extends Am{constructor(t){super(t),this.isTraining=!1}summary(t,e,s=console.log){if(!this.built)throw new k("This model has never been called, thus its weights have not been created yet. So no summary can be displayed. Build the model first (e.g., by calling it on some test data).");oI(this,t,e,s)}compile(t){if(t.loss==null&&(t.loss=[]),this.loss=t.loss,typeof t.optimizer=="string")this.optimizer_=nI(t.optimizer),this.isOptimizerOwned=!0;else{if(!(t.optimizer instanceof gC))throw new k("User-defined optimizer must be an instance of tf.Optimizer.");this.optimizer_=t.optimizer,this.isOptimizerOwned=!1}let e=[];if(!Array.isArray(t.loss)&&typeof t.loss!="string"&&typeof t.loss!="function"){t.loss=t.loss;for(let i in t.loss)if(this.outputNames.indexOf(i)===-1)throw new k(`Unknown entry in loss dictionary: "${i}". Only expected the following keys: ${this.outputNames}`);for(let i of this.outputNames)t.loss[i]==null&&console.warn(`Output "${i}" is missing from loss dictionary. We assume this was done on purpose, and we will not be expecting data to be passed to ${i} during training`),e.push(Nm(t.loss[i]))}else if(Array.isArray(t.loss)){if(t.loss.length!==this.outputs.length)throw new k(`When passing an Array as loss, it should have one entry per model output. The model has ${this.outputs.length} output(s), but you passed loss=${t.loss}.`);e=t.loss.map(a=>Nm(a))}else{let i=Nm(t.loss);this.outputs.forEach(a=>{e.push(i)})}this.lossFunctions=e,this.feedOutputNames=[],this.feedOutputShapes=[],this.feedLossFns=[];for(let i=0;i<this.outputs.length;++i){let a=this.internalOutputShapes[i],l=this.outputNames[i];this.feedOutputNames.push(l),this.feedOutputShapes.push(a),this.feedLossFns.push(this.lossFunctions[i])}let s=[];this.metrics=t.metrics,this.metricsNames=["loss"],this.metricsTensors=[],Wr("loss",()=>{for(let i=0;i<this.outputs.length;++i){if(s.indexOf(i)!==-1)continue;let a=this.lossFunctions[i];this.outputs.length>1&&(this.metricsTensors.push([a,i]),this.metricsNames.push(this.outputNames[i]+"_loss"))}});let n=ZD(t.metrics,this.outputNames),o=(i,a,l)=>{this.outputNames.length>1&&(a=this.outputNames[i]+"_"+a),this.metricsNames.push(a),this.metricsTensors.push([l,i])};Wr("metric",()=>{for(let i=0;i<this.outputs.length;++i){if(s.indexOf(i)!==-1)continue;let a=n[i];(u=>{let p,m,d;for(let f of u){if(typeof f=="string"&&["accuracy","acc","crossentropy","ce"].indexOf(f)!==-1){let g=this.internalOutputShapes[i];g[g.length-1]===1||this.lossFunctions[i]===aa?["accuracy","acc"].indexOf(f)!==-1?m=Wu:["crossentropy","ce"].indexOf(f)!==-1&&(m=Im):this.lossFunctions[i]===ia?["accuracy","acc"].indexOf(f)!==-1?m=vm:["crossentropy","ce"].indexOf(f)!==-1&&(m=gx):["accuracy","acc"].indexOf(f)!==-1?m=Uu:["crossentropy","ce"].indexOf(f)!==-1&&(m=Hu);let x;["accuracy","acc"].indexOf(f)!==-1?x="acc":["crossentropy","ce"].indexOf(f)!==-1&&(x="ce"),d=m,p=""+x}else d=rI(f),p=""+Ku(f);let h;Wr(p,()=>{h=d}),o(i,p,h)}})(a)}}),this.collectedTrainableWeights=this.trainableWeights}checkTrainableWeightsConsistency(){this.collectedTrainableWeights!=null&&this.trainableWeights.length!==this.collectedTrainableWeights.length&&console.warn("Discrepancy between trainableweights and collected trainable weights. Did you set `model.trainable` without calling `model.compile()` afterwards?")}evaluate(t,e,s={}){let n=s.batchSize==null?32:s.batchSize;$m(n);let i=this.standardizeUserDataXY(t,e,!0,n);try{let a=i[0].concat(i[1]);this.makeTestFunction();let l=this.testFunction,u=this.testLoop(l,a,n,s.verbose,s.steps);return xe(u)}finally{Lr(i[0],t),Lr(i[1],e)}}async evaluateDataset(t,e){return this.makeTestFunction(),mI(this,t,e)}checkNumSamples(t,e,s,n="steps"){let o;if(s!=null){if(o=null,e!=null)throw new k(`If ${n} is set, batchSize must be null or undefined.Got batchSize = ${e}`)}else if(t!=null)Array.isArray(t)?o=t[0].shape[0]:o=t.shape[0];else throw new k(`Either the input data should have a defined shape, or ${n} shoud be specified.`);return o}execute(t,e){if(Array.isArray(e)&&e.length===0)throw new k("`outputs` is an empty Array, which is not allowed.");let s=Array.isArray(e),n=s?e:[e],o=this.retrieveSymbolicTensors(n),i=new ls;if(t instanceof ae&&(t=[t]),Array.isArray(t)){if(t.length!==this.inputs.length)throw new k(`The number of inputs provided (${t.length}) does not match the number of inputs of this model (${this.inputs.length}).`);for(let l=0;l<this.inputs.length;++l)i.add(this.inputs[l],t[l])}else for(let l of this.inputs){let u=t[l.name];if(u==null)throw new k(`No value is provided for the model's input ${l.name}`);i.add(l,u)}let a=eo(o,i);return s?a:a[0]}retrieveSymbolicTensors(t){let e=$r(null,t.length),s=t.length;for(let n of this.layers){let o=Array.isArray(n.output)?n.output:[n.output],i=o.map(a=>a.name);for(let a=0;a<t.length;++a){let l=i.indexOf(t[a]);if(l!==-1&&(e[a]=o[l],s--),s===0)break}if(s===0)break}if(s>0){let n=[];throw e.forEach((o,i)=>{o==null&&n.push(t[i])}),new k(`Cannot find SymbolicTensors for output name(s): ${JSON.stringify(n)}`)}return e}predictLoop(t,e=32,s=!1){return $(()=>{let n=this.checkNumSamples(t);if(s)throw new lt("Verbose predictLoop() is not implemented yet.");let o=Om(n,e),i=this.outputs.map(a=>[]);for(let a=0;a<o.length;++a)$(()=>{let u=o[a][0],c=o[a][1],p=la(t,u,c),m=[];if(Array.isArray(p))for(let f=0;f<p.length;++f)m.push({key:this.inputs[f],value:p[f]});else m.push({key:this.inputs[0],value:p});let d=new ls(m);return eo(this.outputs,d)}).forEach((u,c)=>i[c].push(u));return xe(i.map(a=>Ke(a,0)))})}predict(t,e={}){let s=bx(t);hI(s,this.inputNames,this.feedInputShapes,!1);try{let n=e.batchSize==null?32:e.batchSize;return $m(n),this.predictLoop(s,n)}finally{Lr(s,t)}}predictOnBatch(t){hI(t,this.inputNames,this.feedInputShapes,!0);let e=(Array.isArray(t)?t[0]:t).shape[0];return this.predictLoop(t,e)}standardizeUserDataXY(t,e,s=!0,n){if(this.optimizer_==null)throw new ze("You must compile a model before training/testing. Use LayersModel.compile(modelCompileArgs).");let o=[];for(let i=0;i<this.feedOutputShapes.length;++i){let a=this.feedOutputShapes[i];this.feedLossFns[i]===ia?o.push(a.slice(0,a.length-1).concat([1])):o.push(a)}if(t=fI(t,this.feedInputNames,this.feedInputShapes,!1,"input"),e=fI(e,this.feedOutputNames,o,!1,"target"),YD(t,e,null),QD(e,this.feedLossFns,this.feedOutputShapes),this.stateful&&n!=null&&n>0&&t[0].shape[0]%n!==0)throw new k(`In a stateful network, you should only pass inputs with a number of samples that is divisible by the batch size ${n}. Found: ${t[0].shape[0]} sample(s).`);return[t,e]}async standardizeUserData(t,e,s,n,o=!0,i){let[a,l]=this.standardizeUserDataXY(t,e,o,i);if(s!=null)throw new Error("sample weight is not supported yet.");let u=null;if(n!=null){let c=Em(n,this.outputNames);u=[];for(let p=0;p<c.length;++p)u.push(await Rm(l[p],null,c[p]))}return[a,l,u]}testLoop(t,e,s,n=0,o){return $(()=>{let i=this.checkNumSamples(e,s,o,"steps"),a=[];if(n>0)throw new lt("Verbose mode is not implemented yet.");if(o!=null)throw new lt("steps mode in testLoop() is not implemented yet");{let l=Om(i,s),u=os(Ve(0,i));for(let c=0;c<l.length;++c){let p=l[c][0],m=l[c][1],d=vs(u,p,m-p),f=Dm(e,d),h=t(f);if(c===0)for(let g=0;g<h.length;++g)a.push(dt(0));for(let g=0;g<h.length;++g){let x=h[g];a[g]=Z(a[g],R(m-p,x))}}for(let c=0;c<a.length;++c)a[c]=it(a[c],i)}return a})}getDedupedMetricsNames(){let t=this.metricsNames,e=[];for(let s=0;s<t.length;++s){let n=t[s],o=n;if(ix(t,n)>1){let i=ix(t.slice(0,s),n);o+=`_${i}`}e.push(o)}return e}makeTrainFunction(){return t=>{let e=[],s=t.slice(0,this.inputs.length),n=t.slice(this.inputs.length,this.inputs.length+this.outputs.length),o=t.slice(this.inputs.length+this.outputs.length,this.inputs.length+this.outputs.length*2),i=[],a=()=>{let p=[];for(let h=0;h<this.inputs.length;++h)p.push({key:this.inputs[h],value:s[h]});let m=new ls(p),d=eo(this.outputs,m,{training:!0}),f;for(let h=0;h<this.lossFunctions.length;++h){let g=this.lossFunctions[h],x=g(n[h],d[h]);o[h]!=null&&(x=aI(x,o[h]));let y=Qt(x);e.push(y),h===0?f=x:f=Z(f,x)}for(let h=0;h<this.metricsTensors.length;++h){let g;if(this.outputs.length>1&&h<this.outputs.length)g=e[h];else{let x=this.metricsTensors[h][0],y=this.metricsTensors[h][1];g=Qt(x(n[y],d[y]))}Kt(g),i.push(g)}return f=Qt(f),this.calculateLosses().forEach(h=>{f=Z(f,h)}),f},l=this.collectedTrainableWeights.map(p=>p.read());return[this.optimizer_.minimize(a,!0,l)].concat(i)}}makeTestFunction(){this.testFunction=t=>$(()=>{let e=[],s,n=t.slice(0,this.inputs.length),o=t.slice(this.inputs.length,this.inputs.length+this.outputs.length),i=[];for(let u=0;u<this.inputs.length;++u)i.push({key:this.inputs[u],value:n[u]});let a=new ls(i),l=eo(this.outputs,a);for(let u=0;u<this.lossFunctions.length;++u){let c=this.lossFunctions[u],p=Qt(c(o[u],l[u]));u===0?s=p:s=Z(s,p),e.push(s)}for(let u=0;u<this.metricsTensors.length;++u){let c=this.metricsTensors[u][0],p=this.metricsTensors[u][1],m=Qt(c(o[p],l[p]));e.push(m)}return e})}async fit(t,e,s={}){if(this.isTraining)throw new Error("Cannot start training because another fit() call is ongoing.");this.isTraining=!0;let n,o,i,a,l,u,c,p,m;try{let d=s.batchSize==null?32:s.batchSize;$m(d);let h=await this.standardizeUserData(t,e,s.sampleWeight,s.classWeight,!1,d);n=h[0],o=h[1],m=h[2];let g=!1,x;if(s.validationData!=null&&s.validationData.length>0){if(g=!0,s.validationData.length===2)l=s.validationData[0],u=s.validationData[1];else throw s.validationData.length===3?new lt("validationData including sample weights is not supported yet."):new k(`When passing validation data, it must contain 2 (valX, valY) or 3 (valX, valY, valSampleWeight) items; ${s.validationData} is invalid.`);let F=await this.standardizeUserData(l,u,null,null,!0,d);c=F[0],p=F[1],x=c.concat(p)}else if(s.validationSplit!=null&&s.validationSplit>0&&s.validationSplit<1){g=!0;let D=Math.floor(n[0].shape[0]*(1-s.validationSplit)),F=n[0].shape[0];c=la(n,D,F),i=n,n=la(n,0,D),p=la(o,D,F),a=o,o=la(o,0,D),x=c.concat(p)}else s.validationSteps!=null&&(g=!0);let y=n.concat(o).concat(m);this.checkTrainableWeightsConsistency();let N=this.makeTrainFunction(),w=this.getDedupedMetricsNames(),I,T;g?(this.makeTestFunction(),I=this.testFunction,T=w.slice().concat(w.map(D=>"val_"+D))):(I=null,x=[],T=w.slice());let A=Cm(s.callbacks,s.yieldEvery);return await this.fitLoop(N,y,w,d,s.epochs,s.verbose,A,I,x,s.shuffle,T,s.initialEpoch,null,null)}finally{this.isTraining=!1,Lr(n,t),Lr(o,e),Lr(i,t),Lr(a,e),Lr(c,l),Lr(p,u),m!=null&&It(m)}}async fitLoop(t,e,s,n,o,i,a,l,u,c,p,m,d,f){n==null&&(n=32),o==null&&(o=1),c==null&&(c=!0),m==null&&(m=0);let h=!1;if(l!=null&&u!=null&&(h=!0),f!=null&&(h=!0,d==null))throw new k("Can only use `validationSteps` when doing step-wise training, i.e., `stepsPerEpoch` must be set.");let g=this.checkNumSamples(e,n,d,"steps_per_epoch"),x;g!=null&&(x=Ve(0,g)),i==null&&(i=1);let{callbackList:y,history:N}=wm(a,i,o,m,g,d,n,h,p);y.setModel(this),this.history=N,await y.onTrainBegin(),this.stopTraining_=!1;for(let w=m;w<o;++w){await y.onEpochBegin(w);let I={};if(d!=null)throw new lt("stepsPerEpoch mode is not implemented yet.");{if(c==="batch")throw new lt("batch shuffling is not implemneted yet");c&&C.shuffle(x);let T=os(x),A=Om(g,n);for(let E=0;E<A.length;++E){let D={};if(await y.onBatchBegin(E,D),$(()=>{let F=A[E][0],z=A[E][1],W=vs(T,F,z-F);D.batch=E,D.size=z-F;let M=Dm(e,W),G=t(M);for(let P=0;P<s.length;++P){let B=s[P],H=G[P];D[B]=H,Kt(H)}if(E===A.length-1&&h){let P=this.testLoop(l,u,n);for(let B=0;B<s.length;++B){let H=s[B],V=P[B];Kt(V),I["val_"+H]=V}}}),await y.onBatchEnd(E,D),gm(D),this.stopTraining_)break}T.dispose()}if(await y.onEpochEnd(w,I),this.stopTraining_)break}return await y.onTrainEnd(),await this.history.syncData(),this.history}async fitDataset(t,e){return pI(this,t,e)}async trainOnBatch(t,e){let s=await this.standardizeUserData(t,e),n=s[0],o=s[1],a=this.makeTrainFunction()(n.concat(o)),l=[];for(let u of a){let c=await u.data();l.push(c[0])}return It(a),Lr(s[0],t),Lr(s[1],e),xe(l)}getNamedWeights(t){let e=[],s=t!=null&&t.trainableOnly,n=s?this.trainableWeights:this.weights,o=this.getWeights(s);for(let i=0;i<n.length;++i)s&&!n[i].trainable||e.push({name:n[i].originalName,tensor:o[i]});return e}set stopTraining(t){this.stopTraining_=t}get stopTraining(){return this.stopTraining_}get optimizer(){return this.optimizer_}set optimizer(t){this.optimizer_!==t&&(this.optimizer_=t,this.isOptimizerOwned=!1)}dispose(){let t=super.dispose();if(t.refCountAfterDispose===0&&this.optimizer!=null&&this.isOptimizerOwned){let e=nu().numTensors;this.optimizer_.dispose(),t.numDisposedVariables+=e-nu().numTensors}return t}getLossIdentifiers(){let t;if(typeof this.loss=="string")t=Dr(this.loss);else if(Array.isArray(this.loss)){for(let e of this.loss)if(typeof e!="string")throw new Error("Serialization of non-string loss is not supported.");t=this.loss.map(e=>Dr(e))}else{let e=Object.keys(this.loss);t={};let s=this.loss;for(let n of e)if(typeof s[n]=="string")t[n]=Dr(s[n]);else throw new Error("Serialization of non-string loss is not supported.")}return t}getMetricIdentifiers(){if(typeof this.metrics=="string"||typeof this.metrics=="function")return[Dr(Ku(this.metrics))];if(Array.isArray(this.metrics))return this.metrics.map(t=>Dr(Ku(t)));{let t={};for(let e in this.metrics)t[e]=Dr(Ku(this.metrics[e]));return t}}getTrainingConfig(){return{loss:this.getLossIdentifiers(),metrics:this.getMetricIdentifiers(),optimizer_config:{class_name:this.optimizer.getClassName(),config:this.optimizer.getConfig()}}}loadTrainingConfig(t){if(t.weighted_metrics!=null)throw new Error("Loading weight_metrics is not supported yet.");if(t.loss_weights!=null)throw new Error("Loading loss_weights is not supported yet.");if(t.sample_weight_mode!=null)throw new Error("Loading sample_weight_mode is not supported yet.");let e=no(t.optimizer_config),s=We(e),n;if(typeof t.loss=="string")n=Is(t.loss);else if(Array.isArray(t.loss))n=t.loss.map(i=>Is(i));else if(t.loss!=null){n={};for(let i in t.loss)n[i]=Is(t.loss[i])}let o;if(Array.isArray(t.metrics))o=t.metrics.map(i=>Is(i));else if(t.metrics!=null){o={};for(let i in t.metrics)o[i]=Is(t.metrics[i])}this.compile({loss:n,metrics:o,optimizer:s})}async save(t,e){if(typeof t=="string"){let u=Ee.getSaveHandlers(t);if(u.length===0)throw new k(`Cannot find any save handlers for URL '${t}'`);if(u.length>1)throw new k(`Found more than one (${u.length}) save handlers for URL '${t}'`);t=u[0]}if(t.save==null)throw new k("LayersModel.save() cannot proceed because the IOHandler provided does not have the `save` attribute defined.");let s=await Ee.encodeWeights(this.getNamedWeights(e)),a={modelTopology:this.toJSON(null,!1),format:JD,generatedBy:`TensorFlow.js tfjs-layers v${oo}`,convertedBy:null};if((e==null?!1:e.includeOptimizer)&&this.optimizer!=null){a.trainingConfig=this.getTrainingConfig();let u="optimizer",{data:c,specs:p}=await Ee.encodeWeights(await this.optimizer.getWeights(),u);s.specs.push(...p),s.data=Ee.concatenateArrayBuffers([s.data,c])}return this.userDefinedMetadata!=null&&(yx(this.userDefinedMetadata,this.name,!0),a.userDefinedMetadata=this.userDefinedMetadata),a.weightData=s.data,a.weightSpecs=s.specs,t.save(a)}setUserDefinedMetadata(t){yx(t,this.name),this.userDefinedMetadata=t}getUserDefinedMetadata(){return this.userDefinedMetadata}};lr.className="Model";L.registerClass(lr);var Fm=class extends lr{};Fm.className="Functional";L.registerClass(Fm);async function gI(r,t){"modelTopology"in r||(r={modelTopology:r}),r=r;let e=r.modelTopology;e.model_config!=null&&(e=e.model_config);let s=no(e),n=We(s,t);if(r.weightsManifest!=null){let o=await Ee.loadWeights(r.weightsManifest,r.pathPrefix,n.weights.map(a=>a.originalName)),i={};for(let a of n.weights)i[a.originalName]=o[a.originalName];n.loadWeights(i),It(o)}return n}async function xI(r,t){if(t==null&&(t={}),typeof r=="string"){let e=Ee.getLoadHandlers(r,t);if(e.length===0)e.push(Ee.browserHTTPRequest(r,t));else if(e.length>1)throw new k(`Found more than one (${e.length}) load handlers for URL '${r}'`);r=e[0]}return tO(r,void 0,t)}async function tO(r,t,e){if(e==null&&(e={}),r.load==null)throw new k("Cannot proceed with model loading because the IOHandler provided does not have the `load` method implemented.");let s=await r.load(),n=s.modelTopology;n.model_config!=null&&(n=n.model_config);let o=e.strict==null?!0:e.strict,i=s.weightData!=null&&s.weightSpecs!=null&&o,a=We(no(n),t,i),l=s.trainingConfig;if(l!=null&&a.loadTrainingConfig(l),s.userDefinedMetadata!=null&&a.setUserDefinedMetadata(s.userDefinedMetadata),s.weightData!=null){if(s.weightSpecs==null)throw new k("LayersModel artifacts contains weight data, but not weight specs. Therefore loading of weights cannot proceed.");let{modelWeights:u,optimizerWeights:c}=eO(s.weightData,s.weightSpecs);a.loadWeights(u,o),a.optimizer!=null&&c.length>0&&await a.optimizer.setWeights(c),It(u),It(c.map(p=>p.tensor))}return a}function eO(r,t){let e=Ee.decodeWeights(r,t),s={},n=[];return t.forEach(o=>{o.group==="optimizer"?n.push({name:o.name,tensor:e[o.name]}):s[o.name]=e[o.name]}),{modelWeights:s,optimizerWeights:n}}var io=class r extends lr{constructor(t){if(super({inputs:[],outputs:[]}),t=t||{},this.trainable=!0,this.built=!1,this.name=t.name!=null?t.name:Qs("sequential_"),t.layers!=null)for(let e of t.layers)this.add(e)}checkShape(t){if(t.inboundNodes[0].outputTensors[0].shape.some(s=>s<0))throw new k(`Negative dimension size caused by adding layer ${t.name} with input shape [${t.inboundNodes[0].inputTensors[0].shape}]`)}add(t){let e=t instanceof r||t instanceof lr,s;if(e){if(s=t,s.outputs.length!==1)throw new k("All layers in a Sequential model should have a single output tensor. For multi-output layers, use the functional API.");if(s.inputs.length!==1)throw new k("All layers in a Sequential model should have a single input tensor. For multi-input layers, use the functional API.")}if(this.outputs.length===0){if(t.inboundNodes.length===0){if(t.batchInputShape==null)throw new k("The first layer in a Sequential model must get an `inputShape` or `batchInputShape` argument.");let n=dm({batchShape:t.batchInputShape,dtype:t.dtype,name:t.name+"_input"});t.apply(n)}if(e)this.outputs=s.outputs,this.inputs=s.inputs;else{if(t.inboundNodes.length!==1)throw new k(`A layer added to a Sequential model must not already be connected somewhere else. LayersModel received layer ${t.name} which has ${t.inboundNodes.length} pre-existing inbound connections.`);if(t.inboundNodes[0].outputTensors.length!==1)throw new k("All layers in a Sequential model should have a single output tensor. For multi-output layers, use the functional API.");this.checkShape(t),this.outputs=[t.inboundNodes[0].outputTensors[0]],this.inputs=mx(this.outputs[0])}this.inboundNodes=[],new ks({outboundLayer:this,inboundLayers:[],nodeIndices:[],tensorIndices:[],inputTensors:this.inputs,outputTensors:this.outputs,inputMasks:$r(null,this.inputs.length),outputMasks:[null],inputShapes:this.inputs.map(n=>n.shape),outputShapes:this.outputs[0].shape})}else{let n=t.apply(this.outputs[0]);if(Array.isArray(n))throw new TypeError("All layers in a Sequential model should have a single output tensor. For multi-output layers, use the functional API.");this.checkShape(t),this.outputs=[n],this.inboundNodes[0].outputTensors=this.outputs,this.inboundNodes[0].outputShapes=[this.outputs[0].shape]}this.layers.push(t),this.built=!1}pop(){if(this.layers.length===0)throw new TypeError("There are no layers in the model.");if(this.layers.pop(),this.layers.length===0)this.outputs=[],this.inboundNodes=[],this.outboundNodes=[];else{let t=this.layers.length-1;this.layers[t].outboundNodes=[],this.outputs=[this.layers[t].output],this.inboundNodes[0].outputTensors=this.outputs,this.inboundNodes[0].outputShapes=[this.outputs[0].shape]}}call(t,e){return this.model==null&&this.build(),this.model.call(t,e)}build(t){if(xt(t),this.inputs.length===0||this.outputs.length===0)throw new TypeError("Sequential model cannot be built: model is empty. Add some layers first.");this.model=new lr({inputs:this.inputs,outputs:this.outputs[0],name:this.name+"_model"}),this.model.trainable=this.trainable,this.supportsMasking=this.model.supportsMasking,this.inputLayers=this.model.inputLayers,this.inputLayersNodeIndices=this.model.inputLayersNodeIndices,this.inputLayersTensorIndices=this.model.inputLayersTensorIndices,this.outputLayers=this.model.outputLayers,this.outputLayersNodeIndices=this.model.outputLayersNodeIndices,this.outputLayersTensorIndices=this.model.outputLayersTensorIndices,this.nodesByDepth=this.model.nodesByDepth,this.containerNodes=this.model.containerNodes,this.outputNames=this.model.outputNames,this.inputNames=this.model.inputNames,this.built=!0}countParams(){return this.built||this.build(),super.countParams()}summary(t,e,s=console.log){this.built||this.build(),super.summary(t,e,s)}setWeights(t){this.model==null&&this.build(),this.model.setWeights(t)}evaluate(t,e,s={}){if(!this.built)throw new ze("The model needs to be compiled before being used.");return this.model.evaluate(t,e,s)}async evaluateDataset(t,e){if(!this.built)throw new ze("The model needs to be compiled before being used.");return this.model.evaluateDataset(t,e)}predict(t,e={}){return this.model==null&&this.build(),this.model.predict(t,e)}predictOnBatch(t){return this.model==null&&this.build(),this.model.predictOnBatch(t)}compile(t){this.build(),this.model.compile(t),this.optimizer_=this.model.optimizer,this.isOptimizerOwned=this.model.isOptimizerOwned,this.loss=this.model.loss,this.metrics=this.model.metrics,this.metricsTensors=this.model.metricsTensors,this.metricsNames=this.model.metricsNames}get optimizer(){return this.model==null?void 0:this.model.optimizer}set optimizer(t){this.model.optimizer=t}async fit(t,e,s={}){if(!this.built)throw new ze("The model needs to be compiled before being used.");return this.model.fit(t,e,s)}async fitDataset(t,e){if(!this.built)throw new ze("The model needs to be compiled before being used.");return this.model.fitDataset(t,e)}async trainOnBatch(t,e){return this.model.trainOnBatch(t,e)}static fromConfig(t,e,s={},n=!1){let o,i={};if(e instanceof Array){if(e[0].className==null||e[0].className==="Merge")throw new k("Legacy serialization format not supported yet.");o=e}else C.assert(e.layers!=null,()=>"When the config data for a Sequential model is not an Array, it must be an Object that contains the 'layers' field."),o=e.layers,delete e.layers,i=e;let a=new t(i);if(!(a instanceof r))throw new lt(`Sequential.fromConfig called on non-Sequential input: ${a}`);for(let l of o){let c=We(l,void 0,n);n&&c.setFastWeightInitDuringBuild(!0),a.add(c)}return a}set stopTraining(t){if(this.model==null)throw new k("Cannot set the stopTraining property of a sequential model before it is compiled.");this.model.stopTraining=t}get stopTraining(){if(this.model==null)throw new k("Cannot get the stopTraining property of a sequential model before it is compiled.");return this.model.stopTraining}getConfig(){let t=[];for(let e of this.layers){let s={};s.className=e.getClassName(),s.config=e.getConfig(),t.push(s)}return{name:this.name,layers:t}}};io.className="Sequential";L.registerClass(io);function rO(r){return new lr(r)}function sO(r){return new io(r)}function wx(r){return dm(r)}function nO(r,t){na.registerCallbackConstructor(r,t)}var Ne=class extends L.Serializable{getConfig(){return{}}},_m=class extends Ne{apply(t,e=1){return LS(t,e)}};_m.className="elu";L.registerClass(_m);var Lm=class extends Ne{apply(t){return Tu(t)}};Lm.className="selu";L.registerClass(Lm);var zm=class extends Ne{apply(t){return Ar(t)}};zm.className="relu";L.registerClass(zm);var Pm=class extends Ne{apply(t){return $(()=>Wn(6,Ar(t)))}};Pm.className="relu6";L.registerClass(Pm);var Vm=class extends Ne{apply(t){return t}};Vm.className="linear";L.registerClass(Vm);var Bm=class extends Ne{apply(t){return Ks(t)}};Bm.className="sigmoid";L.registerClass(Bm);var Mm=class extends Ne{apply(t){return PS(t)}};Mm.className="hardSigmoid";L.registerClass(Mm);var Gm=class extends Ne{apply(t){return Xs(t)}};Gm.className="softplus";L.registerClass(Gm);var Wm=class extends Ne{apply(t){return zS(t)}};Wm.className="softsign";L.registerClass(Wm);var Um=class extends Ne{apply(t){return Pn(t)}};Um.className="tanh";L.registerClass(Um);var ua=class extends Ne{apply(t,e=-1){return Hn(t,e)}};ua.className="softmax";L.registerClass(ua);var Hm=class extends Ne{apply(t,e=-1){return bu(t,e)}};Hm.className="logSoftmax";L.registerClass(Hm);var Km=class extends Ne{apply(t){return $(()=>$(()=>{let e=Math.sqrt(2),s=R(.5,Z(1,fu(it(t,e))));return R(t,s)}))}};Km.className="gelu";L.registerClass(Km);var qm=class extends Ne{apply(t){return $(()=>R(.5,R(t,Z(1,Pn(R(we(it(2,Math.PI)),Z(t,R(.044715,ss(t,3)))))))))}};qm.className="gelu_new";L.registerClass(qm);var jm=class extends Ne{apply(t){return $(()=>R(t,Pn(Xs(t))))}};jm.className="mish";L.registerClass(jm);var Xm=class extends Ne{apply(t,e=1){return $(()=>R(Ks(R(t,e)),t))}};Xm.className="swish";L.registerClass(Xm);function Kr(r){return r.getClassName()}function Nx(r,t={}){return is(r,L.SerializationMap.getMap().classNameMap,t,"activation")}function qr(r){if(r==null){let t={};return t.className="linear",t.config={},Nx(t)}if(typeof r=="string"){let t={};return t.className=r,t.config={},Nx(t)}else return r instanceof Ne?r:Nx(r)}function Sx(r){if(r!=null&&typeof r!="object")throw new Error(`Argument to L1L2 regularizer's constructor is expected to be an object, but received: ${r}`)}var Ym=class extends L.Serializable{},en=class extends Ym{constructor(t){super(),Sx(t),this.l1=t==null||t.l1==null?.01:t.l1,this.l2=t==null||t.l2==null?.01:t.l2,this.hasL1=this.l1!==0,this.hasL2=this.l2!==0}apply(t){return $(()=>{let e=pe([1]);return this.hasL1&&(e=Z(e,ct(R(this.l1,Ir(t))))),this.hasL2&&(e=Z(e,ct(R(this.l2,jn(t))))),_(e,[])})}getConfig(){return{l1:this.l1,l2:this.l2}}static fromConfig(t,e){return new t({l1:e.l1,l2:e.l2})}};en.className="L1L2";L.registerClass(en);function CI(r){return Sx(r),new en({l1:r!=null?r.l1:null,l2:0})}function wI(r){return Sx(r),new en({l2:r!=null?r.l2:null,l1:0})}var yI={l1l2:"L1L2"};function Et(r){return Bi(r)}function bI(r,t={}){return is(r,L.SerializationMap.getMap().classNameMap,t,"regularizer")}function _t(r){if(r==null)return null;if(typeof r=="string"){let e={className:r in yI?yI[r]:r,config:{}};return bI(e)}else return r instanceof Ym?r:bI(r)}var ca=class extends ut{constructor(t){super(t??{}),this.supportsMasking=!0,t!=null&&(this.maxValue=t.maxValue)}call(t,e){t=ot(t);let s=Ar(t);return this.maxValue!=null&&(s=Ce(s,0,this.maxValue)),s}computeOutputShape(t){return t}getConfig(){let t={maxValue:this.maxValue},e=super.getConfig();return Object.assign(t,e),t}};ca.className="ReLU";L.registerClass(ca);var pa=class extends ut{constructor(t){super(t??{}),this.DEFAULT_ALPHA=.3,t==null&&(t={}),this.alpha=t.alpha==null?this.DEFAULT_ALPHA:t.alpha}call(t,e){let s=ot(t);return gu(s,this.alpha)}computeOutputShape(t){return t}getConfig(){let t={alpha:this.alpha},e=super.getConfig();return Object.assign(t,e),t}};pa.className="LeakyReLU";L.registerClass(pa);var ma=class extends ut{constructor(t){if(super(t??{}),this.DEFAULT_ALPHA_INITIALIZER="zeros",t==null&&(t={}),this.supportsMasking=!0,this.alphaInitializer=Dt(t.alphaInitializer||this.DEFAULT_ALPHA_INITIALIZER),this.alphaRegularizer=_t(t.alphaRegularizer),this.alphaConstraint=jt(t.alphaConstraint),t.sharedAxes==null)this.sharedAxes=null;else if(Array.isArray(t.sharedAxes))this.sharedAxes=t.sharedAxes;else if(typeof t.sharedAxes=="number")this.sharedAxes=[t.sharedAxes];else throw new k(`Expected sharedAxes to be a number or an array of numbers, but got ${t.sharedAxes}`)}build(t){t=xt(t);let e=t.slice(1);if(this.sharedAxes!=null)for(let n of this.sharedAxes)e[n-1]=1;this.alpha=this.addWeight("alpha",e,"float32",this.alphaInitializer,this.alphaRegularizer,!0,this.alphaConstraint);let s={};if(this.sharedAxes!=null)for(let n=1;n<t.length;++n)s[n]=t[n];this.inputSpec=[new Ft({ndim:t.length,axes:s})],this.built=!0}call(t,e){return t=ot(t),Iu(t,this.alpha.read())}getConfig(){let t={alphaInitializer:zt(this.alphaInitializer),alphaRegularizer:Et(this.alphaRegularizer),alphaConstraint:qt(this.alphaConstraint),sharedAxes:this.sharedAxes},e=super.getConfig();return Object.assign(t,e),t}};ma.className="PReLU";L.registerClass(ma);var da=class extends ut{constructor(t){if(super(t??{}),this.DEFAULT_ALPHA=1,t==null&&(t={}),t.alpha!=null&&t.alpha!==this.DEFAULT_ALPHA)throw new lt(`Non-default alpha value (${t.alpha}) is not supported by the ELU layer yet.`);this.alpha=t.alpha==null?this.DEFAULT_ALPHA:t.alpha}call(t,e){let s=ot(t);return Bn(s)}computeOutputShape(t){return t}getConfig(){let t={alpha:this.alpha},e=super.getConfig();return Object.assign(t,e),t}};da.className="ELU";L.registerClass(da);var fa=class extends ut{constructor(t){super(t??{}),this.DEFAULT_THETA=1,t==null&&(t={}),this.theta=t.theta==null?this.DEFAULT_THETA:t.theta}call(t,e){let s=ot(t);return R(s,j(ce(s,this.theta),"float32"))}computeOutputShape(t){return t}getConfig(){let t={theta:this.theta},e=super.getConfig();return Object.assign(t,e),t}};fa.className="ThresholdedReLU";L.registerClass(fa);var ha=class extends ut{constructor(t){super(t??{}),this.DEFAULT_AXIS=1,t==null&&(t={}),this.softmax=new ua().apply,this.axis=t.axis==null?this.DEFAULT_AXIS:t.axis}call(t,e){return $(()=>{let s=ot(t),n=e.mask;if(n!=null){let o=R(yt(je(s.shape),j(n,s.dtype)),dt(-1e9));s=Z(s,o)}return this.axis instanceof Array?this.axis.length>1?qe(yt(s,Cu(s,this.axis,!0))):this.softmax(s,this.axis[0]):this.softmax(s,this.axis)})}computeOutputShape(t){return t}getConfig(){let t={axis:this.axis},e=super.getConfig();return Object.assign(t,e),t}};ha.className="Softmax";L.registerClass(ha);function rn(r,t,e){if(typeof r=="number")return $r(r,t);if(r.length!==t)throw new k(`The ${e} argument must be an integer or tuple of ${t} integers. Received: ${r.length} elements.`);for(let s=0;s<t;++s){let n=r[s];if(!DS(n))throw new k(`The ${e} argument must be an integer or tuple of ${t} integers. Received: ${JSON.stringify(r)} including a non-integer number ${n}`)}return r}function Xe(r,t,e,s,n=1){if(r==null)return r;let o=t+(t-1)*(n-1),i;return e==="same"?i=r:i=r-o+1,Math.floor((i+s-1)/s)}function jr(r,t,e,s){if(r==null)return null;if(s==="valid")r=r*t+Ur([e-t,0]);else if(s==="same")r=r*t;else throw new k(`Unsupport padding mode: ${s}.`);return r}function ju(r,t){return $(()=>(Gt(t),t==="channelsFirst"?Ct(r,[0,2,3,1]):r))}function Ix(r,t){return $(()=>(Gt(t),t==="channelsFirst"?Ct(r,[0,2,3,4,1]):r))}function iO(r,t,e,s=1,n="valid",o,i=1){return $(()=>{if(o==null&&(o=Be()),Gt(o),r.shape.length!==3)throw new k(`The input of a conv1dWithBias operation should be 3, but is ${r.shape.length} instead.`);if(t.shape.length!==3)throw new k(`The kernel for a conv1dWithBias operation should be 3, but is ${t.shape.length} instead`);if(e!=null&&e.shape.length!==1)throw new k(`The bias for a conv1dWithBias operation should be 1, but is ${e.shape.length} instead`);if(o==="channelsFirst"&&(r=Ct(r,[0,2,1])),n==="causal")throw new lt("The support for CAUSAL padding mode in conv1dWithBias is not implemented yet.");let a=uu(r,t,s,n==="same"?"same":"valid","NWC",i);return e!=null&&(a=Me(a,e)),a})}function NI(r,t,e,s=[1,1],n="valid",o,i,a=null){return $(()=>{if(o==null&&(o=Be()),Gt(o),r.rank!==3&&r.rank!==4)throw new k(`conv2dWithBiasActivation expects input to be of rank 3 or 4, but received ${r.rank}.`);if(t.rank!==3&&t.rank!==4)throw new k(`conv2dWithBiasActivation expects kernel to be of rank 3 or 4, but received ${r.rank}.`);let l=ju(r,o);if(n==="causal")throw new lt("The support for CAUSAL padding mode in conv1dWithBias is not implemented yet.");return l=zi.conv2d({x:l,filter:t,strides:s,pad:n==="same"?"same":"valid",dilations:i,dataFormat:"NHWC",bias:e,activation:a}),o==="channelsFirst"&&(l=Ct(l,[0,3,1,2])),l})}function aO(r,t,e,s=[1,1,1],n="valid",o,i){return $(()=>{if(o==null&&(o=Be()),Gt(o),r.rank!==4&&r.rank!==5)throw new k(`conv3dWithBias expects input to be of rank 4 or 5, but received ${r.rank}.`);if(t.rank!==4&&t.rank!==5)throw new k(`conv3dWithBias expects kernel to be of rank 4 or 5, but received ${r.rank}.`);let a=Ix(r,o);if(n==="causal")throw new lt("The support for CAUSAL padding mode in conv3dWithBias is not implemented yet.");return a=fg(a,t,s,n==="same"?"same":"valid","NDHWC",i),e!=null&&(a=Me(a,e)),o==="channelsFirst"&&(a=Ct(a,[0,4,1,2,3])),a})}var qu=class r extends ut{constructor(t,e){if(super(e),this.bias=null,this.DEFAULT_KERNEL_INITIALIZER="glorotNormal",this.DEFAULT_BIAS_INITIALIZER="zeros",r.verifyArgs(e),this.rank=t,Zt(this.rank,"rank"),this.rank!==1&&this.rank!==2&&this.rank!==3)throw new lt(`Convolution layer for rank other than 1, 2, or 3 (${this.rank}) is not implemented yet.`);if(this.kernelSize=rn(e.kernelSize,t,"kernelSize"),this.strides=rn(e.strides==null?1:e.strides,t,"strides"),this.padding=e.padding==null?"valid":e.padding,Pe(this.padding),this.dataFormat=e.dataFormat==null?"channelsLast":e.dataFormat,Gt(this.dataFormat),this.activation=qr(e.activation),this.useBias=e.useBias==null?!0:e.useBias,this.biasInitializer=Dt(e.biasInitializer||this.DEFAULT_BIAS_INITIALIZER),this.biasConstraint=jt(e.biasConstraint),this.biasRegularizer=_t(e.biasRegularizer),this.activityRegularizer=_t(e.activityRegularizer),this.dilationRate=rn(e.dilationRate==null?1:e.dilationRate,t,"dilationRate"),this.rank===1&&Array.isArray(this.dilationRate)&&this.dilationRate.length!==1)throw new k(`dilationRate must be a number or an array of a single number for 1D convolution, but received ${JSON.stringify(this.dilationRate)}`);if(this.rank===2){if(typeof this.dilationRate=="number")this.dilationRate=[this.dilationRate,this.dilationRate];else if(this.dilationRate.length!==2)throw new k(`dilationRate must be a number or array of two numbers for 2D convolution, but received ${JSON.stringify(this.dilationRate)}`)}else if(this.rank===3){if(typeof this.dilationRate=="number")this.dilationRate=[this.dilationRate,this.dilationRate,this.dilationRate];else if(this.dilationRate.length!==3)throw new k(`dilationRate must be a number or array of three numbers for 3D convolution, but received ${JSON.stringify(this.dilationRate)}`)}}static verifyArgs(t){if(wr("kernelSize"in t,"required key 'kernelSize' not in config"),typeof t.kernelSize!="number"&&!rm(t.kernelSize,"number",1,3))throw new k(`BaseConv expects config.kernelSize to be number or number[] with length 1, 2, or 3, but received ${JSON.stringify(t.kernelSize)}.`)}getConfig(){let t={kernelSize:this.kernelSize,strides:this.strides,padding:this.padding,dataFormat:this.dataFormat,dilationRate:this.dilationRate,activation:Kr(this.activation),useBias:this.useBias,biasInitializer:zt(this.biasInitializer),biasRegularizer:Et(this.biasRegularizer),activityRegularizer:Et(this.activityRegularizer),biasConstraint:qt(this.biasConstraint)},e=super.getConfig();return Object.assign(t,e),t}},ga=class r extends qu{constructor(t,e){super(t,e),this.kernel=null,r.verifyArgs(e),this.filters=e.filters,Zt(this.filters,"filters"),this.kernelInitializer=Dt(e.kernelInitializer||this.DEFAULT_KERNEL_INITIALIZER),this.kernelConstraint=jt(e.kernelConstraint),this.kernelRegularizer=_t(e.kernelRegularizer)}build(t){t=xt(t);let e=this.dataFormat==="channelsFirst"?1:t.length-1;if(t[e]==null)throw new k(`The channel dimension of the input should be defined. Found ${t[e]}`);let s=t[e],n=this.kernelSize.concat([s,this.filters]);this.kernel=this.addWeight("kernel",n,null,this.kernelInitializer,this.kernelRegularizer,!0,this.kernelConstraint),this.useBias&&(this.bias=this.addWeight("bias",[this.filters],null,this.biasInitializer,this.biasRegularizer,!0,this.biasConstraint)),this.inputSpec=[{ndim:this.rank+2,axes:{[e]:s}}],this.built=!0}call(t,e){return $(()=>{t=ot(t);let s,n=this.bias==null?null:this.bias.read(),o=sm(this.activation.getClassName());if(o!=null&&this.rank===2)s=NI(t,this.kernel.read(),n,this.strides,this.padding,this.dataFormat,this.dilationRate,o);else{if(this.rank===1)s=iO(t,this.kernel.read(),n,this.strides[0],this.padding,this.dataFormat,this.dilationRate[0]);else if(this.rank===2)s=NI(t,this.kernel.read(),n,this.strides,this.padding,this.dataFormat,this.dilationRate);else if(this.rank===3)s=aO(t,this.kernel.read(),n,this.strides,this.padding,this.dataFormat,this.dilationRate);else throw new lt("convolutions greater than 3D are not implemented yet.");this.activation!=null&&(s=this.activation.apply(s))}return s})}computeOutputShape(t){t=xt(t);let e=[],s=this.dataFormat==="channelsLast"?t.slice(1,t.length-1):t.slice(2);for(let o=0;o<s.length;++o){let i=Xe(s[o],this.kernelSize[o],this.padding,this.strides[o],typeof this.dilationRate=="number"?this.dilationRate:this.dilationRate[o]);e.push(i)}let n=[t[0]];return this.dataFormat==="channelsLast"?(n=n.concat(e),n.push(this.filters)):(n.push(this.filters),n=n.concat(e)),n}getConfig(){let t={filters:this.filters,kernelInitializer:zt(this.kernelInitializer),kernelRegularizer:Et(this.kernelRegularizer),kernelConstraint:qt(this.kernelConstraint)},e=super.getConfig();return Object.assign(t,e),t}static verifyArgs(t){if(!("filters"in t)||typeof t.filters!="number"||t.filters<1)throw new k(`Convolution layer expected config.filters to be a 'number' > 0 but got ${JSON.stringify(t.filters)}`)}},ao=class r extends ga{constructor(t){super(2,t),r.verifyArgs(t)}getConfig(){let t=super.getConfig();return delete t.rank,t}static verifyArgs(t){if(typeof t.kernelSize!="number"&&!rm(t.kernelSize,"number",1,2))throw new k(`Conv2D expects config.kernelSize to be number or number[] with length 1 or 2, but received ${JSON.stringify(t.kernelSize)}.`)}};ao.className="Conv2D";L.registerClass(ao);var lo=class r extends ga{constructor(t){super(3,t),r.verifyArgs(t)}getConfig(){let t=super.getConfig();return delete t.rank,t}static verifyArgs(t){if(typeof t.kernelSize!="number"&&!(Array.isArray(t.kernelSize)&&(t.kernelSize.length===1||t.kernelSize.length===3)))throw new k(`Conv3D expects config.kernelSize to be number or [number, number, number], but received ${JSON.stringify(t.kernelSize)}.`)}};lo.className="Conv3D";L.registerClass(lo);var xa=class extends ao{constructor(t){if(super(t),this.inputSpec=[new Ft({ndim:4})],this.padding!=="same"&&this.padding!=="valid")throw new k(`Conv2DTranspose currently supports only padding modes 'same' and 'valid', but received padding mode ${this.padding}`)}build(t){if(t=xt(t),t.length!==4)throw new k("Input should have rank 4; Received input shape: "+JSON.stringify(t));let e=this.dataFormat==="channelsFirst"?1:t.length-1;if(t[e]==null)throw new k("The channel dimension of the inputs should be defined. Found `None`.");let s=t[e],n=this.kernelSize.concat([this.filters,s]);this.kernel=this.addWeight("kernel",n,"float32",this.kernelInitializer,this.kernelRegularizer,!0,this.kernelConstraint),this.useBias&&(this.bias=this.addWeight("bias",[this.filters],"float32",this.biasInitializer,this.biasRegularizer,!0,this.biasConstraint)),this.inputSpec=[new Ft({ndim:4,axes:{[e]:s}})],this.built=!0}call(t,e){return $(()=>{let s=ot(t);if(s.shape.length!==4)throw new k(`Conv2DTranspose.call() expects input tensor to be rank-4, but received a tensor of rank-${s.shape.length}`);let n=s.shape,o=n[0],i,a;this.dataFormat==="channelsFirst"?(i=2,a=3):(i=1,a=2);let l=n[i],u=n[a],c=this.kernelSize[0],p=this.kernelSize[1],m=this.strides[0],d=this.strides[1],f=jr(l,m,c,this.padding),h=jr(u,d,p,this.padding),g=[o,f,h,this.filters];this.dataFormat!=="channelsLast"&&(s=Ct(s,[0,2,3,1]));let x=cu(s,this.kernel.read(),g,this.strides,this.padding);return this.dataFormat!=="channelsLast"&&(x=Ct(x,[0,3,1,2])),this.bias!=null&&(x=Me(x,this.bias.read(),this.dataFormat)),this.activation!=null&&(x=this.activation.apply(x)),x})}computeOutputShape(t){t=xt(t);let e=t.slice(),s,n,o;this.dataFormat==="channelsFirst"?(s=1,n=2,o=3):(s=3,n=1,o=2);let i=this.kernelSize[0],a=this.kernelSize[1],l=this.strides[0],u=this.strides[1];return e[s]=this.filters,e[n]=jr(e[n],l,i,this.padding),e[o]=jr(e[o],u,a,this.padding),e}getConfig(){let t=super.getConfig();return delete t.dilationRate,t}};xa.className="Conv2DTranspose";L.registerClass(xa);var ya=class extends lo{constructor(t){if(super(t),this.inputSpec=[new Ft({ndim:5})],this.padding!=="same"&&this.padding!=="valid")throw new k(`Conv3DTranspose currently supports only padding modes 'same' and 'valid', but received padding mode ${this.padding}`)}build(t){if(t=xt(t),t.length!==5)throw new k("Input should have rank 5; Received input shape: "+JSON.stringify(t));let e=this.dataFormat==="channelsFirst"?1:t.length-1;if(t[e]==null)throw new k("The channel dimension of the inputs should be defined. Found `None`.");let s=t[e],n=this.kernelSize.concat([this.filters,s]);this.kernel=this.addWeight("kernel",n,"float32",this.kernelInitializer,this.kernelRegularizer,!0,this.kernelConstraint),this.useBias&&(this.bias=this.addWeight("bias",[this.filters],"float32",this.biasInitializer,this.biasRegularizer,!0,this.biasConstraint)),this.inputSpec=[new Ft({ndim:5,axes:{[e]:s}})],this.built=!0}call(t,e){return $(()=>{let s=ot(t);if(s.shape.length!==5)throw new k(`Conv3DTranspose.call() expects input tensor to be rank-4, but received a tensor of rank-${s.shape.length}`);let n=s.shape,o=n[0],i,a,l;this.dataFormat==="channelsFirst"?(l=2,i=3,a=4):(l=1,i=2,a=3);let u=n[l],c=n[i],p=n[a],m=this.kernelSize[0],d=this.kernelSize[1],f=this.kernelSize[2],h=this.strides[0],g=this.strides[1],x=this.strides[2],y=jr(u,h,m,this.padding),N=jr(c,g,d,this.padding),w=jr(p,x,f,this.padding),I=[o,y,N,w,this.filters];this.dataFormat!=="channelsLast"&&(s=Ct(s,[0,2,3,4,1]));let T=hg(s,this.kernel.read(),I,this.strides,this.padding);return this.dataFormat!=="channelsLast"&&(T=Ct(T,[0,4,1,2,3])),this.bias!==null&&(T=Me(T,this.bias.read(),this.dataFormat)),this.activation!==null&&(T=this.activation.apply(T)),T})}computeOutputShape(t){t=xt(t);let e=t.slice(),s,n,o,i;this.dataFormat==="channelsFirst"?(s=1,n=2,o=3,i=4):(s=4,n=1,o=2,i=3);let a=this.kernelSize[0],l=this.kernelSize[1],u=this.kernelSize[2],c=this.strides[0],p=this.strides[1],m=this.strides[2];return e[s]=this.filters,e[n]=jr(e[n],c,a,this.padding),e[o]=jr(e[o],p,l,this.padding),e[i]=jr(e[i],m,u,this.padding),e}getConfig(){let t=super.getConfig();return delete t.dilationRate,t}};ya.className="Conv3DTranspose";L.registerClass(ya);var Qm=class extends ga{constructor(t,e){if(super(t,e),this.DEFAULT_DEPTHWISE_INITIALIZER="glorotUniform",this.DEFAULT_POINTWISE_INITIALIZER="glorotUniform",this.depthwiseKernel=null,this.pointwiseKernel=null,e.filters==null)throw new k("The `filters` configuration field is required by SeparableConv, but is unspecified.");if(e.kernelInitializer!=null||e.kernelRegularizer!=null||e.kernelConstraint!=null)throw new k("Fields kernelInitializer, kernelRegularizer and kernelConstraint are invalid for SeparableConv2D. Use depthwiseInitializer, depthwiseRegularizer, depthwiseConstraint, pointwiseInitializer, pointwiseRegularizer and pointwiseConstraint instead.");if(e.padding!=null&&e.padding!=="same"&&e.padding!=="valid")throw new k(`SeparableConv${this.rank}D supports only padding modes: 'same' and 'valid', but received ${JSON.stringify(e.padding)}`);this.depthMultiplier=e.depthMultiplier==null?1:e.depthMultiplier,this.depthwiseInitializer=Dt(e.depthwiseInitializer||this.DEFAULT_DEPTHWISE_INITIALIZER),this.depthwiseRegularizer=_t(e.depthwiseRegularizer),this.depthwiseConstraint=jt(e.depthwiseConstraint),this.pointwiseInitializer=Dt(e.depthwiseInitializer||this.DEFAULT_POINTWISE_INITIALIZER),this.pointwiseRegularizer=_t(e.pointwiseRegularizer),this.pointwiseConstraint=jt(e.pointwiseConstraint)}build(t){if(t=xt(t),t.length<this.rank+2)throw new k(`Inputs to SeparableConv${this.rank}D should have rank ${this.rank+2}, but received input shape: ${JSON.stringify(t)}`);let e=this.dataFormat==="channelsFirst"?1:t.length-1;if(t[e]==null||t[e]<0)throw new k(`The channel dimension of the inputs should be defined, but found ${JSON.stringify(t[e])}`);let s=t[e],n=this.kernelSize.concat([s,this.depthMultiplier]),o=[];for(let a=0;a<this.rank;++a)o.push(1);o.push(s*this.depthMultiplier,this.filters);let i=!0;this.depthwiseKernel=this.addWeight("depthwise_kernel",n,"float32",this.depthwiseInitializer,this.depthwiseRegularizer,i,this.depthwiseConstraint),this.pointwiseKernel=this.addWeight("pointwise_kernel",o,"float32",this.pointwiseInitializer,this.pointwiseRegularizer,i,this.pointwiseConstraint),this.useBias?this.bias=this.addWeight("bias",[this.filters],"float32",this.biasInitializer,this.biasRegularizer,i,this.biasConstraint):this.bias=null,this.inputSpec=[new Ft({ndim:this.rank+2,axes:{[e]:s}})],this.built=!0}call(t,e){return $(()=>{t=ot(t);let s;if(this.rank===1)throw new lt("1D separable convolution is not implemented yet.");return this.rank===2&&(this.dataFormat==="channelsFirst"&&(t=Ct(t,[0,2,3,1])),s=ku(t,this.depthwiseKernel.read(),this.pointwiseKernel.read(),this.strides,this.padding,this.dilationRate,"NHWC")),this.useBias&&(s=Me(s,this.bias.read(),this.dataFormat)),this.activation!=null&&(s=this.activation.apply(s)),this.dataFormat==="channelsFirst"&&(s=Ct(s,[0,3,1,2])),s})}getConfig(){let t=super.getConfig();return delete t.rank,delete t.kernelInitializer,delete t.kernelRegularizer,delete t.kernelConstraint,t.depthwiseInitializer=zt(this.depthwiseInitializer),t.pointwiseInitializer=zt(this.pointwiseInitializer),t.depthwiseRegularizer=Et(this.depthwiseRegularizer),t.pointwiseRegularizer=Et(this.pointwiseRegularizer),t.depthwiseConstraint=qt(this.depthwiseConstraint),t.pointwiseConstraint=qt(this.pointwiseConstraint),t}};Qm.className="SeparableConv";var ba=class extends Qm{constructor(t){super(2,t)}};ba.className="SeparableConv2D";L.registerClass(ba);var Ca=class r extends ga{constructor(t){super(1,t),r.verifyArgs(t),this.inputSpec=[{ndim:3}]}getConfig(){let t=super.getConfig();return delete t.rank,delete t.dataFormat,t}static verifyArgs(t){if(typeof t.kernelSize!="number"&&!rm(t.kernelSize,"number",1,1))throw new k(`Conv1D expects config.kernelSize to be number or number[] with length 1, but received ${JSON.stringify(t.kernelSize)}.`)}};Ca.className="Conv1D";L.registerClass(Ca);var wa=class extends ut{constructor(t){super(t),typeof t.cropping=="number"?this.cropping=[[t.cropping,t.cropping],[t.cropping,t.cropping]]:typeof t.cropping[0]=="number"?this.cropping=[[t.cropping[0],t.cropping[0]],[t.cropping[1],t.cropping[1]]]:this.cropping=t.cropping,this.dataFormat=t.dataFormat===void 0?"channelsLast":t.dataFormat,this.inputSpec=[{ndim:4}]}computeOutputShape(t){return this.dataFormat==="channelsFirst"?[t[0],t[1],t[2]-this.cropping[0][0]-this.cropping[0][1],t[3]-this.cropping[1][0]-this.cropping[1][1]]:[t[0],t[1]-this.cropping[0][0]-this.cropping[0][1],t[2]-this.cropping[1][0]-this.cropping[1][1],t[3]]}call(t,e){return $(()=>{if(t=ot(t),this.dataFormat==="channelsLast"){let s=zu(t,this.cropping[0][0],t.shape[1]-this.cropping[0][0]-this.cropping[0][1],2);return zu(s,this.cropping[1][0],t.shape[2]-this.cropping[1][1]-this.cropping[1][0],3)}else{let s=zu(t,this.cropping[0][0],t.shape[2]-this.cropping[0][0]-this.cropping[0][1],3);return zu(s,this.cropping[1][0],t.shape[3]-this.cropping[1][1]-this.cropping[1][0],4)}})}getConfig(){let t={cropping:this.cropping,dataFormat:this.dataFormat},e=super.getConfig();return Object.assign(t,e),t}};wa.className="Cropping2D";L.registerClass(wa);var Na=class extends ut{constructor(t){super(t),this.DEFAULT_SIZE=[2,2],this.inputSpec=[{ndim:4}],this.size=t.size==null?this.DEFAULT_SIZE:t.size,this.dataFormat=t.dataFormat==null?"channelsLast":t.dataFormat,Gt(this.dataFormat),this.interpolation=t.interpolation==null?"nearest":t.interpolation,RS(this.interpolation)}computeOutputShape(t){if(this.dataFormat==="channelsFirst"){let e=t[2]==null?null:this.size[0]*t[2],s=t[3]==null?null:this.size[1]*t[3];return[t[0],t[1],e,s]}else{let e=t[1]==null?null:this.size[0]*t[1],s=t[2]==null?null:this.size[1]*t[2];return[t[0],e,s,t[3]]}}call(t,e){return $(()=>{let s=ot(t),n=s.shape;if(this.dataFormat==="channelsFirst"){s=Ct(s,[0,2,3,1]);let o=this.size[0]*n[2],i=this.size[1]*n[3],a=this.interpolation==="nearest"?_e.resizeNearestNeighbor(s,[o,i]):_e.resizeBilinear(s,[o,i]);return Ct(a,[0,3,1,2])}else{let o=this.size[0]*n[1],i=this.size[1]*n[2];return this.interpolation==="nearest"?_e.resizeNearestNeighbor(s,[o,i]):_e.resizeBilinear(s,[o,i])}})}getConfig(){let t={size:this.size,dataFormat:this.dataFormat,interpolation:this.interpolation},e=super.getConfig();return Object.assign(t,e),t}};Na.className="UpSampling2D";L.registerClass(Na);function lO(r,t,e=[1,1],s="valid",n,o){return $(()=>{n==null&&(n=Be()),Gt(n);let i=ju(r,n);if(r.rank!==4)throw new k(`Input for depthwiseConv2d is required to be 4-D, but is instead ${r.rank}-D`);if(t.rank!==4)throw new k(`depthwiseKernel is required to be 4-D, but is instead ${t.rank}-D`);return i=du(i,t,e,s==="same"?"same":"valid","NHWC",o),n==="channelsFirst"&&(i=Ct(i,[0,3,1,2])),i})}var Sa=class extends qu{constructor(t){super(2,t),this.depthwiseKernel=null,this.depthMultiplier=t.depthMultiplier==null?1:t.depthMultiplier,this.depthwiseInitializer=Dt(t.depthwiseInitializer||this.DEFAULT_KERNEL_INITIALIZER),this.depthwiseConstraint=jt(t.depthwiseConstraint),this.depthwiseRegularizer=_t(t.depthwiseRegularizer)}build(t){if(t=xt(t),t.length<4)throw new k(`Inputs to DepthwiseConv2D should have rank 4. Received input shape: ${JSON.stringify(t)}.`);let e=this.dataFormat==="channelsFirst"?1:3;if(t[e]==null||t[e]<0)throw new k(`The channel dimension of the inputs to DepthwiseConv2D should be defined, but is not (${t[e]}).`);let s=t[e],n=[this.kernelSize[0],this.kernelSize[1],s,this.depthMultiplier];this.depthwiseKernel=this.addWeight("depthwise_kernel",n,null,this.depthwiseInitializer,this.depthwiseRegularizer,!0,this.depthwiseConstraint),this.useBias?this.bias=this.addWeight("bias",[s*this.depthMultiplier],null,this.biasInitializer,this.biasRegularizer,!0,this.biasConstraint):this.bias=null,this.built=!0}call(t,e){return $(()=>{t=ot(t);let s=lO(t,this.depthwiseKernel.read(),this.strides,this.padding,this.dataFormat,null);return this.useBias&&(s=Me(s,this.bias.read(),this.dataFormat)),this.activation!=null&&(s=this.activation.apply(s)),s})}computeOutputShape(t){t=xt(t);let e=this.dataFormat==="channelsFirst"?t[2]:t[1],s=this.dataFormat==="channelsFirst"?t[3]:t[2],n=this.dataFormat==="channelsFirst"?t[1]*this.depthMultiplier:t[3]*this.depthMultiplier,o=Xe(e,this.kernelSize[0],this.padding,this.strides[0]),i=Xe(s,this.kernelSize[1],this.padding,this.strides[1]);return this.dataFormat==="channelsFirst"?[t[0],n,o,i]:[t[0],o,i,n]}getConfig(){let t=super.getConfig();return t.depthMultiplier=this.depthMultiplier,t.depthwiseInitializer=zt(this.depthwiseInitializer),t.depthwiseRegularizer=Et(this.depthwiseRegularizer),t.depthwiseConstraint=qt(this.depthwiseRegularizer),t}};Sa.className="DepthwiseConv2D";L.registerClass(Sa);function vx(r,t,e,s){if(Array.isArray(r)){if(t!=null||e!=null)throw new k("When inputs is an array, neither initialState or constants should be provided");s!=null&&(e=r.slice(r.length-s,r.length),r=r.slice(0,r.length-s)),r.length>1&&(t=r.slice(1,r.length)),r=r[0]}function n(o){return o==null||Array.isArray(o)?o:[o]}return t=n(t),e=n(e),{inputs:r,initialState:t,constants:e}}function Tx(r,t,e,s=!1,n,o,i=!1,a=!1){return $(()=>{let l=t.shape.length;if(l<3)throw new k(`Input should be at least 3D, but is ${l}D.`);let u=[1,0].concat(Ve(2,l));if(t=Ct(t,u),o!=null)throw new lt("The rnn() functoin of the deeplearn.js backend does not support constants yet.");i&&console.warn("Backend rnn(): the unroll = true option is not applicable to the imperative deeplearn.js backend."),n!=null&&(n=j(j(n,"bool"),"float32"),n.rank===l-1&&(n=Fe(n,-1)),n=Ct(n,u)),s&&(t=ns(t,0),n!=null&&(n=ns(n,0)));let c=[],p,m=e,d=t.shape[0],f=Ae(t),h;n!=null&&(h=Ae(n));for(let x=0;x<d;++x){let y=f[x],N=$(()=>r(y,m));if(n==null)p=N[0],m=N[1];else{let w=$(()=>{let I=h[x],T=yt(he(I),I),A=Z(R(N[0],I),R(m[0],T)),E=m.map((D,F)=>Z(R(N[1][F],I),R(D,T)));return{output:A,newStates:E}});p=w.output,m=w.newStates}a&&c.push(p)}let g;return a&&(g=ge(c,1)),[p,g,m]})}var Nr=class r extends ut{constructor(t){super(t);let e;if(t.cell==null)throw new k("cell property is missing for the constructor of RNN.");if(Array.isArray(t.cell)?e=new po({cells:t.cell}):e=t.cell,e.stateSize==null)throw new k("The RNN cell should have an attribute `stateSize` (tuple of integers, one integer per RNN state).");this.cell=e,this.returnSequences=t.returnSequences==null?!1:t.returnSequences,this.returnState=t.returnState==null?!1:t.returnState,this.goBackwards=t.goBackwards==null?!1:t.goBackwards,this._stateful=t.stateful==null?!1:t.stateful,this.unroll=t.unroll==null?!1:t.unroll,this.supportsMasking=!0,this.inputSpec=[new Ft({ndim:3})],this.stateSpec=null,this.states_=null,this.numConstants=null,this.keptStates=[]}getStates(){if(this.states_==null){let t=Array.isArray(this.cell.stateSize)?this.cell.stateSize.length:1;return Ve(0,t).map(e=>null)}else return this.states_}setStates(t){this.states_=t}computeOutputShape(t){mm(t)&&(t=t[0]),t=t;let e=this.cell.stateSize;Array.isArray(e)||(e=[e]);let s=e[0],n;if(this.returnSequences?n=[t[0],t[1],s]:n=[t[0],s],this.returnState){let o=[];for(let i of e)o.push([t[0],i]);return[n].concat(o)}else return n}computeMask(t,e){return $(()=>{Array.isArray(e)&&(e=e[0]);let s=this.returnSequences?e:null;if(this.returnState){let n=this.states.map(o=>null);return[s].concat(n)}else return s})}get states(){if(this.states_==null){let t=Array.isArray(this.cell.stateSize)?this.cell.stateSize.length:1,e=[];for(let s=0;s<t;++s)e.push(null);return e}else return this.states_}set states(t){this.states_=t}build(t){if(this.numConstants!=null)throw new lt("Constants support is not implemented in RNN yet.");mm(t)&&(t=t[0]),t=t;let s=this.stateful?t[0]:null,n=t.slice(2);this.inputSpec[0]=new Ft({shape:[s,null,...n]});let o=[t[0]].concat(t.slice(2));this.cell.build(o);let i;if(Array.isArray(this.cell.stateSize)?i=this.cell.stateSize:i=[this.cell.stateSize],this.stateSpec!=null){if(!C.arraysEqual(this.stateSpec.map(a=>a.shape[a.shape.length-1]),i))throw new k(`An initialState was passed that is not compatible with cell.stateSize. Received stateSpec=${this.stateSpec}; However cell.stateSize is ${this.cell.stateSize}`)}else this.stateSpec=i.map(a=>new Ft({shape:[null,a]}));this.stateful&&this.resetStates()}resetStates(t,e=!1){$(()=>{if(!this.stateful)throw new Cr("Cannot call resetStates() on an RNN Layer that is not stateful.");let s=this.inputSpec[0].shape[0];if(s==null)throw new k("If an RNN is stateful, it needs to know its batch size. Specify the batch size of your input tensors: \n- If using a Sequential model, specify the batch size by passing a `batchInputShape` option to your first layer.\n- If using the functional API, specify the batch size by passing a `batchShape` option to your Input layer.");if(this.states_==null)Array.isArray(this.cell.stateSize)?this.states_=this.cell.stateSize.map(n=>pe([s,n])):this.states_=[pe([s,this.cell.stateSize])];else if(t==null)It(this.states_),this.keptStates!=null&&(It(this.keptStates),this.keptStates=[]),Array.isArray(this.cell.stateSize)?this.states_=this.cell.stateSize.map(n=>pe([s,n])):this.states_[0]=pe([s,this.cell.stateSize]);else{if(Array.isArray(t)||(t=[t]),t.length!==this.states_.length)throw new k(`Layer ${this.name} expects ${this.states_.length} state(s), but it received ${t.length} state value(s). Input received: ${t}`);e===!0?this.keptStates.push(this.states_.slice()):It(this.states_);for(let n=0;n<this.states_.length;++n){let o=t[n],i=Array.isArray(this.cell.stateSize)?this.cell.stateSize[n]:this.cell.stateSize,a=[s,i];if(!C.arraysEqual(o.shape,a))throw new k(`State ${n} is incompatible with layer ${this.name}: expected shape=${a}, received shape=${o.shape}`);this.states_[n]=o}}this.states_=this.states_.map(n=>Kt(n.clone()))})}apply(t,e){let s=e==null?null:e.initialState,n=e==null?null:e.constants;e==null&&(e={});let o=vx(t,s,n,this.numConstants);t=o.inputs,s=o.initialState,n=o.constants;let i=[],a=[];if(s!=null){e.initialState=s,i=i.concat(s),this.stateSpec=[];for(let u of s)this.stateSpec.push(new Ft({shape:u.shape}));a=a.concat(this.stateSpec)}if(n!=null&&(e.constants=n,i=i.concat(n),this.numConstants=n.length),i[0]instanceof $e){let u=[t].concat(i),c=this.inputSpec.concat(a),p=this.inputSpec;this.inputSpec=c;let m=super.apply(u,e);return this.inputSpec=p,m}else return super.apply(t,e)}call(t,e){return $(()=>{let s=e==null?null:e.mask,n=e==null?null:e.training,o=e==null?null:e.initialState;t=ot(t),o==null&&(this.stateful?o=this.states_:o=this.getInitialState(t));let i=Array.isArray(this.cell.stateSize)?this.cell.stateSize.length:1;if(o.length!==i)throw new k(`RNN Layer has ${i} state(s) but was passed ${o.length} initial state(s).`);this.unroll&&console.warn("Ignoring unroll = true for RNN layer, due to imperative backend.");let a={training:n},u=Tx((f,h)=>{let g=this.cell.call([f].concat(h),a);return[g[0],g.slice(1)]},t,o,this.goBackwards,s,null,this.unroll,this.returnSequences),c=u[0],p=u[1],m=u[2];this.stateful&&this.resetStates(m,n);let d=this.returnSequences?p:c;return this.returnState?[d].concat(m):d})}getInitialState(t){return $(()=>{let e=pe(t.shape);return e=ct(e,[1,2]),e=Ts(e),Array.isArray(this.cell.stateSize)?this.cell.stateSize.map(s=>s>1?um(e,[1,s]):e):this.cell.stateSize>1?[um(e,[1,this.cell.stateSize])]:[e]})}get trainableWeights(){return this.trainable?this.cell.trainableWeights:[]}get nonTrainableWeights(){return this.trainable?this.cell.nonTrainableWeights:this.cell.weights}setFastWeightInitDuringBuild(t){super.setFastWeightInitDuringBuild(t),this.cell!=null&&this.cell.setFastWeightInitDuringBuild(t)}getConfig(){let t=super.getConfig(),e={returnSequences:this.returnSequences,returnState:this.returnState,goBackwards:this.goBackwards,stateful:this.stateful,unroll:this.unroll};this.numConstants!=null&&(e.numConstants=this.numConstants);let s=this.cell.getConfig();return this.getClassName()===r.className&&(e.cell={className:this.cell.getClassName(),config:s}),Object.assign(Object.assign(Object.assign({},s),t),e)}static fromConfig(t,e,s={}){let n=e.cell,o=We(n,s);return new t(Object.assign(e,{cell:o}))}};Nr.className="RNN";L.registerClass(Nr);var Es=class extends ut{},uo=class extends Es{constructor(t){super(t),this.DEFAULT_ACTIVATION="tanh",this.DEFAULT_KERNEL_INITIALIZER="glorotNormal",this.DEFAULT_RECURRENT_INITIALIZER="orthogonal",this.DEFAULT_BIAS_INITIALIZER="zeros",this.units=t.units,Zt(this.units,"units"),this.activation=qr(t.activation==null?this.DEFAULT_ACTIVATION:t.activation),this.useBias=t.useBias==null?!0:t.useBias,this.kernelInitializer=Dt(t.kernelInitializer||this.DEFAULT_KERNEL_INITIALIZER),this.recurrentInitializer=Dt(t.recurrentInitializer||this.DEFAULT_RECURRENT_INITIALIZER),this.biasInitializer=Dt(t.biasInitializer||this.DEFAULT_BIAS_INITIALIZER),this.kernelRegularizer=_t(t.kernelRegularizer),this.recurrentRegularizer=_t(t.recurrentRegularizer),this.biasRegularizer=_t(t.biasRegularizer),this.kernelConstraint=jt(t.kernelConstraint),this.recurrentConstraint=jt(t.recurrentConstraint),this.biasConstraint=jt(t.biasConstraint),this.dropout=qn([1,Ur([0,t.dropout==null?0:t.dropout])]),this.recurrentDropout=qn([1,Ur([0,t.recurrentDropout==null?0:t.recurrentDropout])]),this.dropoutFunc=t.dropoutFunc,this.stateSize=this.units,this.dropoutMask=null,this.recurrentDropoutMask=null}build(t){t=xt(t),this.kernel=this.addWeight("kernel",[t[t.length-1],this.units],null,this.kernelInitializer,this.kernelRegularizer,!0,this.kernelConstraint),this.recurrentKernel=this.addWeight("recurrent_kernel",[this.units,this.units],null,this.recurrentInitializer,this.recurrentRegularizer,!0,this.recurrentConstraint),this.useBias?this.bias=this.addWeight("bias",[this.units],null,this.biasInitializer,this.biasRegularizer,!0,this.biasConstraint):this.bias=null,this.built=!0}call(t,e){return $(()=>{if(t=t,t.length!==2)throw new k(`SimpleRNNCell expects 2 input Tensors, got ${t.length}.`);let s=t[1];t=t[0];let n=e.training==null?!1:e.training;0<this.dropout&&this.dropout<1&&this.dropoutMask==null&&(this.dropoutMask=$s({ones:()=>he(t),rate:this.dropout,training:n,dropoutFunc:this.dropoutFunc})),0<this.recurrentDropout&&this.recurrentDropout<1&&this.recurrentDropoutMask==null&&(this.recurrentDropoutMask=$s({ones:()=>he(s),rate:this.recurrentDropout,training:n,dropoutFunc:this.dropoutFunc}));let o,i=this.dropoutMask,a=this.recurrentDropoutMask;i!=null?o=_r(R(t,i),this.kernel.read()):o=_r(t,this.kernel.read()),this.bias!=null&&(o=Me(o,this.bias.read())),a!=null&&(s=R(s,a));let l=Z(o,_r(s,this.recurrentKernel.read()));return this.activation!=null&&(l=this.activation.apply(l)),[l,l]})}getConfig(){let t=super.getConfig(),e={units:this.units,activation:Kr(this.activation),useBias:this.useBias,kernelInitializer:zt(this.kernelInitializer),recurrentInitializer:zt(this.recurrentInitializer),biasInitializer:zt(this.biasInitializer),kernelRegularizer:Et(this.kernelRegularizer),recurrentRegularizer:Et(this.recurrentRegularizer),biasRegularizer:Et(this.biasRegularizer),activityRegularizer:Et(this.activityRegularizer),kernelConstraint:qt(this.kernelConstraint),recurrentConstraint:qt(this.recurrentConstraint),biasConstraint:qt(this.biasConstraint),dropout:this.dropout,recurrentDropout:this.recurrentDropout};return Object.assign(Object.assign({},t),e)}};uo.className="SimpleRNNCell";L.registerClass(uo);var Ia=class extends Nr{constructor(t){t.cell=new uo(t),super(t)}call(t,e){return $(()=>{this.cell.dropoutMask!=null&&(It(this.cell.dropoutMask),this.cell.dropoutMask=null),this.cell.recurrentDropoutMask!=null&&(It(this.cell.recurrentDropoutMask),this.cell.recurrentDropoutMask=null);let s=e==null?null:e.mask,n=e==null?null:e.training,o=e==null?null:e.initialState;return super.call(t,{mask:s,training:n,initialState:o})})}static fromConfig(t,e){return new t(e)}};Ia.className="SimpleRNN";L.registerClass(Ia);var co=class extends Es{constructor(t){if(super(t),this.DEFAULT_ACTIVATION="tanh",this.DEFAULT_RECURRENT_ACTIVATION="hardSigmoid",this.DEFAULT_KERNEL_INITIALIZER="glorotNormal",this.DEFAULT_RECURRENT_INITIALIZER="orthogonal",this.DEFAULT_BIAS_INITIALIZER="zeros",t.resetAfter)throw new k("GRUCell does not support reset_after parameter set to true.");this.units=t.units,Zt(this.units,"units"),this.activation=qr(t.activation===void 0?this.DEFAULT_ACTIVATION:t.activation),this.recurrentActivation=qr(t.recurrentActivation===void 0?this.DEFAULT_RECURRENT_ACTIVATION:t.recurrentActivation),this.useBias=t.useBias==null?!0:t.useBias,this.kernelInitializer=Dt(t.kernelInitializer||this.DEFAULT_KERNEL_INITIALIZER),this.recurrentInitializer=Dt(t.recurrentInitializer||this.DEFAULT_RECURRENT_INITIALIZER),this.biasInitializer=Dt(t.biasInitializer||this.DEFAULT_BIAS_INITIALIZER),this.kernelRegularizer=_t(t.kernelRegularizer),this.recurrentRegularizer=_t(t.recurrentRegularizer),this.biasRegularizer=_t(t.biasRegularizer),this.kernelConstraint=jt(t.kernelConstraint),this.recurrentConstraint=jt(t.recurrentConstraint),this.biasConstraint=jt(t.biasConstraint),this.dropout=qn([1,Ur([0,t.dropout==null?0:t.dropout])]),this.recurrentDropout=qn([1,Ur([0,t.recurrentDropout==null?0:t.recurrentDropout])]),this.dropoutFunc=t.dropoutFunc,this.implementation=t.implementation,this.stateSize=this.units,this.dropoutMask=null,this.recurrentDropoutMask=null}build(t){t=xt(t);let e=t[t.length-1];this.kernel=this.addWeight("kernel",[e,this.units*3],null,this.kernelInitializer,this.kernelRegularizer,!0,this.kernelConstraint),this.recurrentKernel=this.addWeight("recurrent_kernel",[this.units,this.units*3],null,this.recurrentInitializer,this.recurrentRegularizer,!0,this.recurrentConstraint),this.useBias?this.bias=this.addWeight("bias",[this.units*3],null,this.biasInitializer,this.biasRegularizer,!0,this.biasConstraint):this.bias=null,this.built=!0}call(t,e){return $(()=>{if(t=t,t.length!==2)throw new k(`GRUCell expects 2 input Tensors (inputs, h, c), got ${t.length}.`);let s=e.training==null?!1:e.training,n=t[1];t=t[0],0<this.dropout&&this.dropout<1&&this.dropoutMask==null&&(this.dropoutMask=$s({ones:()=>he(t),rate:this.dropout,training:s,count:3,dropoutFunc:this.dropoutFunc})),0<this.recurrentDropout&&this.recurrentDropout<1&&this.recurrentDropoutMask==null&&(this.recurrentDropoutMask=$s({ones:()=>he(n),rate:this.recurrentDropout,training:s,count:3,dropoutFunc:this.dropoutFunc}));let o=this.dropoutMask,i=this.recurrentDropoutMask,a,l,u;0<this.dropout&&this.dropout<1&&(t=R(t,o[0]));let c=_r(t,this.kernel.read());this.useBias&&(c=Me(c,this.bias.read())),0<this.recurrentDropout&&this.recurrentDropout<1&&(n=R(n,i[0]));let p=this.recurrentKernel.read(),[m,d]=nr(p,[2*this.units,this.units],p.rank-1),f=_r(n,m),[h,g,x]=nr(c,3,c.rank-1),[y,N]=nr(f,2,f.rank-1);a=this.recurrentActivation.apply(Z(h,y)),l=this.recurrentActivation.apply(Z(g,N));let w=_r(R(l,n),d);u=this.activation.apply(Z(x,w));let I=Z(R(a,n),R(Z(1,Lt(a)),u));return[I,I]})}getConfig(){let t=super.getConfig(),e={units:this.units,activation:Kr(this.activation),recurrentActivation:Kr(this.recurrentActivation),useBias:this.useBias,kernelInitializer:zt(this.kernelInitializer),recurrentInitializer:zt(this.recurrentInitializer),biasInitializer:zt(this.biasInitializer),kernelRegularizer:Et(this.kernelRegularizer),recurrentRegularizer:Et(this.recurrentRegularizer),biasRegularizer:Et(this.biasRegularizer),activityRegularizer:Et(this.activityRegularizer),kernelConstraint:qt(this.kernelConstraint),recurrentConstraint:qt(this.recurrentConstraint),biasConstraint:qt(this.biasConstraint),dropout:this.dropout,recurrentDropout:this.recurrentDropout,implementation:this.implementation,resetAfter:!1};return Object.assign(Object.assign({},t),e)}};co.className="GRUCell";L.registerClass(co);var va=class extends Nr{constructor(t){t.implementation===0&&console.warn("`implementation=0` has been deprecated, and now defaults to `implementation=1`. Please update your layer call."),t.cell=new co(t),super(t)}call(t,e){return $(()=>{this.cell.dropoutMask!=null&&(It(this.cell.dropoutMask),this.cell.dropoutMask=null),this.cell.recurrentDropoutMask!=null&&(It(this.cell.recurrentDropoutMask),this.cell.recurrentDropoutMask=null);let s=e==null?null:e.mask,n=e==null?null:e.training,o=e==null?null:e.initialState;return super.call(t,{mask:s,training:n,initialState:o})})}static fromConfig(t,e){return e.implmentation===0&&(e.implementation=1),new t(e)}};va.className="GRU";L.registerClass(va);var Rs=class extends Es{constructor(t){super(t),this.DEFAULT_ACTIVATION="tanh",this.DEFAULT_RECURRENT_ACTIVATION="hardSigmoid",this.DEFAULT_KERNEL_INITIALIZER="glorotNormal",this.DEFAULT_RECURRENT_INITIALIZER="orthogonal",this.DEFAULT_BIAS_INITIALIZER="zeros",this.units=t.units,Zt(this.units,"units"),this.activation=qr(t.activation===void 0?this.DEFAULT_ACTIVATION:t.activation),this.recurrentActivation=qr(t.recurrentActivation===void 0?this.DEFAULT_RECURRENT_ACTIVATION:t.recurrentActivation),this.useBias=t.useBias==null?!0:t.useBias,this.kernelInitializer=Dt(t.kernelInitializer||this.DEFAULT_KERNEL_INITIALIZER),this.recurrentInitializer=Dt(t.recurrentInitializer||this.DEFAULT_RECURRENT_INITIALIZER),this.biasInitializer=Dt(t.biasInitializer||this.DEFAULT_BIAS_INITIALIZER),this.unitForgetBias=t.unitForgetBias,this.kernelRegularizer=_t(t.kernelRegularizer),this.recurrentRegularizer=_t(t.recurrentRegularizer),this.biasRegularizer=_t(t.biasRegularizer),this.kernelConstraint=jt(t.kernelConstraint),this.recurrentConstraint=jt(t.recurrentConstraint),this.biasConstraint=jt(t.biasConstraint),this.dropout=qn([1,Ur([0,t.dropout==null?0:t.dropout])]),this.recurrentDropout=qn([1,Ur([0,t.recurrentDropout==null?0:t.recurrentDropout])]),this.dropoutFunc=t.dropoutFunc,this.implementation=t.implementation,this.stateSize=[this.units,this.units],this.dropoutMask=null,this.recurrentDropoutMask=null}build(t){var e;t=xt(t);let s=t[t.length-1];this.kernel=this.addWeight("kernel",[s,this.units*4],null,this.kernelInitializer,this.kernelRegularizer,!0,this.kernelConstraint),this.recurrentKernel=this.addWeight("recurrent_kernel",[this.units,this.units*4],null,this.recurrentInitializer,this.recurrentRegularizer,!0,this.recurrentConstraint);let n;if(this.useBias){if(this.unitForgetBias){let o=this.biasInitializer,i=this.units;n=new(e=class extends Ge{apply(l,u){let c=o.apply([i]),p=new Js().apply([i]),m=o.apply([i*2]);return px(px(c,p),m)}},e.className="CustomInit",e)}else n=this.biasInitializer;this.bias=this.addWeight("bias",[this.units*4],null,n,this.biasRegularizer,!0,this.biasConstraint)}else this.bias=null;this.built=!0}call(t,e){return $(()=>{let s=e.training==null?!1:e.training;if(t=t,t.length!==3)throw new k(`LSTMCell expects 3 input Tensors (inputs, h, c), got ${t.length}.`);let n=t[1],o=t[2];t=t[0],0<this.dropout&&this.dropout<1&&this.dropoutMask==null&&(this.dropoutMask=$s({ones:()=>he(t),rate:this.dropout,training:s,count:4,dropoutFunc:this.dropoutFunc})),0<this.recurrentDropout&&this.recurrentDropout<1&&this.recurrentDropoutMask==null&&(this.recurrentDropoutMask=$s({ones:()=>he(n),rate:this.recurrentDropout,training:s,count:4,dropoutFunc:this.dropoutFunc}));let i=this.dropoutMask,a=this.recurrentDropoutMask,l,u,c,p;0<this.dropout&&this.dropout<1&&(t=R(t,i[0]));let m=_r(t,this.kernel.read());0<this.recurrentDropout&&this.recurrentDropout<1&&(n=R(n,a[0])),m=Z(m,_r(n,this.recurrentKernel.read())),this.useBias&&(m=Me(m,this.bias.read()));let[d,f,h,g]=nr(m,4,m.rank-1);l=this.recurrentActivation.apply(d),u=this.recurrentActivation.apply(f),c=Z(R(u,o),R(l,this.activation.apply(h))),p=this.recurrentActivation.apply(g);let x=R(p,this.activation.apply(c));return[x,x,c]})}getConfig(){let t=super.getConfig(),e={units:this.units,activation:Kr(this.activation),recurrentActivation:Kr(this.recurrentActivation),useBias:this.useBias,kernelInitializer:zt(this.kernelInitializer),recurrentInitializer:zt(this.recurrentInitializer),biasInitializer:zt(this.biasInitializer),unitForgetBias:this.unitForgetBias,kernelRegularizer:Et(this.kernelRegularizer),recurrentRegularizer:Et(this.recurrentRegularizer),biasRegularizer:Et(this.biasRegularizer),activityRegularizer:Et(this.activityRegularizer),kernelConstraint:qt(this.kernelConstraint),recurrentConstraint:qt(this.recurrentConstraint),biasConstraint:qt(this.biasConstraint),dropout:this.dropout,recurrentDropout:this.recurrentDropout,implementation:this.implementation};return Object.assign(Object.assign({},t),e)}};Rs.className="LSTMCell";L.registerClass(Rs);var Ta=class extends Nr{constructor(t){t.implementation===0&&console.warn("`implementation=0` has been deprecated, and now defaults to `implementation=1`. Please update your layer call."),t.cell=new Rs(t),super(t)}call(t,e){return $(()=>{this.cell.dropoutMask!=null&&(It(this.cell.dropoutMask),this.cell.dropoutMask=null),this.cell.recurrentDropoutMask!=null&&(It(this.cell.recurrentDropoutMask),this.cell.recurrentDropoutMask=null);let s=e==null?null:e.mask,n=e==null?null:e.training,o=e==null?null:e.initialState;return super.call(t,{mask:s,training:n,initialState:o})})}static fromConfig(t,e){return e.implmentation===0&&(e.implementation=1),new t(e)}};Ta.className="LSTM";L.registerClass(Ta);var po=class extends Es{constructor(t){super(t),this.cells=t.cells}get stateSize(){let t=[];for(let e of this.cells.slice().reverse())Array.isArray(e.stateSize)?t.push(...e.stateSize):t.push(e.stateSize);return t}call(t,e){return $(()=>{t=t;let s=t.slice(1),n=[];for(let a of this.cells.slice().reverse())Array.isArray(a.stateSize)?n.push(s.splice(0,a.stateSize.length)):n.push(s.splice(0,1));n.reverse();let o=[],i;for(let a=0;a<this.cells.length;++a){let l=this.cells[a];s=n[a],a===0?i=[t[0]].concat(s):i=[i[0]].concat(s),i=l.call(i,e),o.push(i.slice(1))}s=[];for(let a of o.slice().reverse())s.push(...a);return[i[0]].concat(s)})}build(t){mm(t)&&(t=t[0]),t=t;let e;this.cells.forEach((s,n)=>{Wr(`RNNCell_${n}`,()=>{s.build(t),Array.isArray(s.stateSize)?e=s.stateSize[0]:e=s.stateSize,t=[t[0],e]})}),this.built=!0}getConfig(){let t=super.getConfig(),e=o=>({className:o.getClassName(),config:o.getConfig()}),n={cells:this.cells.map(e)};return Object.assign(Object.assign({},t),n)}static fromConfig(t,e,s={}){let n=[];for(let o of e.cells)n.push(We(o,s));return new t({cells:n})}get trainableWeights(){if(!this.trainable)return[];let t=[];for(let e of this.cells)t.push(...e.trainableWeights);return t}get nonTrainableWeights(){let t=[];for(let e of this.cells)t.push(...e.nonTrainableWeights);if(!this.trainable){let e=[];for(let s of this.cells)e.push(...s.trainableWeights);return e.concat(t)}return t}getWeights(){let t=[];for(let e of this.cells)t.push(...e.weights);return Vu(t)}setWeights(t){let e=[];for(let s of this.cells){let n=s.weights.length,o=t.splice(n);for(let i=0;i<s.weights.length;++i)e.push([s.weights[i],o[i]])}Ji(e)}};po.className="StackedRNNCells";L.registerClass(po);function $s(r){let{ones:t,rate:e,training:s=!1,count:n=1,dropoutFunc:o}=r,i=()=>o!=null?o(t(),e):pm(t(),e),a=()=>Zs(i,t,s);return!n||n<=1?Kt(a().clone()):Array(n).fill(void 0).map(a).map(u=>Kt(u.clone()))}var uO=function(r,t){var e={};for(var s in r)Object.prototype.hasOwnProperty.call(r,s)&&t.indexOf(s)<0&&(e[s]=r[s]);if(r!=null&&typeof Object.getOwnPropertySymbols=="function")for(var n=0,s=Object.getOwnPropertySymbols(r);n<s.length;n++)t.indexOf(s[n])<0&&Object.prototype.propertyIsEnumerable.call(r,s[n])&&(e[s[n]]=r[s[n]]);return e};var Zm=class extends Nr{constructor(t){if(t.unroll)throw new lt("Unrolling is not possible with convolutional RNNs.");if(Array.isArray(t.cell))throw new lt("It is not possible at the moment to stack convolutional cells.");super(t),this.inputSpec=[new Ft({ndim:5})]}call(t,e){return $(()=>{if(this.cell.dropoutMask!=null&&(It(this.cell.dropoutMask),this.cell.dropoutMask=null),this.cell.recurrentDropoutMask!=null&&(It(this.cell.recurrentDropoutMask),this.cell.recurrentDropoutMask=null),e&&e.constants)throw new k("ConvRNN2D cell does not support constants");let s=e==null?null:e.mask,n=e==null?null:e.training,o=e==null?null:e.initialState;return super.call(t,{mask:s,training:n,initialState:o})})}computeOutputShape(t){let e=this.computeSingleOutputShape(t);return this.returnSequences||(e=[e[0],...e.slice(2)]),this.returnState&&(e=[e,...Array(2).fill([t[0],...e.slice(-3)])]),e}getInitialState(t){return $(()=>{let{stateSize:e}=this.cell,s=t.shape,n=this.computeSingleOutputShape(s),o=[n[0],...n.slice(2)],i=pe(o);return Array.isArray(e)?Array(e.length).fill(i):[i]})}resetStates(t,e=!1){$(()=>{if(!this.stateful)throw new Cr("Cannot call resetStates() on an RNN Layer that is not stateful.");let s=this.inputSpec[0].shape,n=this.computeSingleOutputShape(s),o=[n[0],...n.slice(2)];if(s[0]==null)throw new k("If an RNN is stateful, it needs to know its batch size. Specify the batch size of your input tensors: \n- If using a Sequential model, specify the batch size by passing a `batchInputShape` option to your first layer.\n- If using the functional API, specify the batch size by passing a `batchShape` option to your Input layer.");if(this.getStates()==null)Array.isArray(this.cell.stateSize)?this.states_=this.cell.stateSize.map(()=>pe(o)):this.states_=[pe(o)];else if(t==null)It(this.states_),this.keptStates!=null&&(It(this.keptStates),this.keptStates=[]),Array.isArray(this.cell.stateSize)?this.states_=this.cell.stateSize.map(()=>pe(o)):this.states_[0]=pe(o);else{if(Array.isArray(t)||(t=[t]),t.length!==this.states_.length)throw new k(`Layer ${this.name} expects ${this.states_.length} state(s), but it received ${t.length} state value(s). Input received: ${t}`);e?this.keptStates.push(this.states_.slice()):It(this.states_);for(let a=0;a<this.states_.length;++a){let l=t[a],u=o;if(!C.arraysEqual(l.shape,u))throw new k(`State ${a} is incompatible with layer ${this.name}: expected shape=${u}, received shape=${l.shape}`);this.states_[a]=l}}this.states_=this.states_.map(a=>Kt(a.clone()))})}computeSingleOutputShape(t){let{dataFormat:e,filters:s,kernelSize:n,padding:o,strides:i,dilationRate:a}=this.cell,l=e==="channelsFirst",u=t[l?3:2],c=t[l?4:3],p=Xe(u,n[0],o,i[0],a[0]),m=Xe(c,n[1],o,i[1],a[1]);return[...t.slice(0,2),...l?[s,p,m]:[p,m,s]]}};Zm.className="ConvRNN2D";var mo=class extends Rs{constructor(t){let{filters:e,kernelSize:s,strides:n,padding:o,dataFormat:i,dilationRate:a}=t;super(Object.assign(Object.assign({},t),{units:e})),this.filters=e,Zt(this.filters,"filters"),this.kernelSize=rn(s,2,"kernelSize"),this.kernelSize.forEach(l=>Zt(l,"kernelSize")),this.strides=rn(n||1,2,"strides"),this.strides.forEach(l=>Zt(l,"strides")),this.padding=o||"valid",Pe(this.padding),this.dataFormat=i||"channelsLast",Gt(this.dataFormat),this.dilationRate=rn(a||1,2,"dilationRate"),this.dilationRate.forEach(l=>Zt(l,"dilationRate"))}build(t){var e;t=xt(t);let s=this.dataFormat==="channelsFirst"?1:t.length-1;if(t[s]==null)throw new k(`The channel dimension of the input should be defined. Found ${t[s]}`);let n=t[s],o=4,i=this.kernelSize.concat([n,this.filters*o]);this.kernel=this.addWeight("kernel",i,null,this.kernelInitializer,this.kernelRegularizer,!0,this.kernelConstraint);let a=this.kernelSize.concat([this.filters,this.filters*o]);if(this.recurrentKernel=this.addWeight("recurrent_kernel",a,null,this.recurrentInitializer,this.recurrentRegularizer,!0,this.recurrentConstraint),this.useBias){let l;if(this.unitForgetBias){let u=this.biasInitializer,c=this.filters;l=new(e=class extends Ge{apply(m,d){let f=u.apply([c]),h=je([c]),g=u.apply([c*2]);return Gi([f,h,g])}},e.className="CustomInit",e)}else l=this.biasInitializer;this.bias=this.addWeight("bias",[this.filters*o],null,l,this.biasRegularizer,!0,this.biasConstraint)}this.built=!0}call(t,e){return $(()=>{if(t.length!==3)throw new k(`ConvLSTM2DCell expects 3 input Tensors (inputs, h, c), got ${t.length}.`);let s=e.training||!1,n=t[0],o=t[1],i=t[2],a=4;0<this.dropout&&this.dropout<1&&this.dropoutMask==null&&(this.dropoutMask=$s({ones:()=>he(n),rate:this.dropout,training:s,count:a,dropoutFunc:this.dropoutFunc}));let l=this.dropoutMask,u=(Y,X,J)=>!X||!X[J]?Y:R(X[J],Y),c=u(n,l,0),p=u(n,l,1),m=u(n,l,2),d=u(n,l,3);0<this.recurrentDropout&&this.recurrentDropout<1&&this.recurrentDropoutMask==null&&(this.recurrentDropoutMask=$s({ones:()=>he(o),rate:this.recurrentDropout,training:s,count:a,dropoutFunc:this.dropoutFunc}));let f=this.recurrentDropoutMask,h=u(o,f,0),g=u(o,f,1),x=u(o,f,2),y=u(o,f,3),N=3,[w,I,T,A]=nr(this.kernel.read(),a,N),[E,D,F,z]=this.useBias?nr(this.bias.read(),a):[null,null,null,null];c=this.inputConv(c,w,E,this.padding),p=this.inputConv(p,I,D,this.padding),m=this.inputConv(m,T,F,this.padding),d=this.inputConv(d,A,z,this.padding);let[W,M,G,P]=nr(this.recurrentKernel.read(),a,N);h=this.recurrentConv(h,W),g=this.recurrentConv(g,M),x=this.recurrentConv(x,G),y=this.recurrentConv(y,P);let B=this.recurrentActivation.apply(Z(c,h)),H=this.recurrentActivation.apply(Z(p,g)),V=Z(R(H,i),R(B,this.activation.apply(Z(m,x)))),K=R(this.recurrentActivation.apply(Z(d,y)),this.activation.apply(V));return[K,K,V]})}getConfig(){let t=super.getConfig(),{units:e}=t,s=uO(t,["units"]),n={filters:this.filters,kernelSize:this.kernelSize,padding:this.padding,dataFormat:this.dataFormat,dilationRate:this.dilationRate,strides:this.strides};return Object.assign(Object.assign({},s),n)}inputConv(t,e,s,n){let o=qs(t,e,this.strides,n||"valid",this.dataFormat==="channelsFirst"?"NCHW":"NHWC",this.dilationRate);return s?Me(o,s,this.dataFormat):o}recurrentConv(t,e){return qs(t,e,1,"same",this.dataFormat==="channelsFirst"?"NCHW":"NHWC")}};mo.className="ConvLSTM2DCell";L.registerClass(mo);var ka=class extends Zm{constructor(t){let e=new mo(t);super(Object.assign(Object.assign({},t),{cell:e}))}static fromConfig(t,e){return new t(e)}};ka.className="ConvLSTM2D";L.registerClass(ka);var fo=class extends ut{constructor(t){super(t),this.rate=Math.max(Math.min(t.rate,1),0),this.noiseShape=t.noiseShape,this.seed=t.seed,this.supportsMasking=!0}getNoiseShape(t){if(this.noiseShape==null)return this.noiseShape;let e=t.shape,s=[];for(let n=0;n<this.noiseShape.length;++n)s.push(this.noiseShape[n]==null?e[n]:this.noiseShape[n]);return s}call(t,e){return $(()=>{this.invokeCallHook(t,e);let s=ot(t);if(0<this.rate&&this.rate<1){let n=e.training==null?!1:e.training,o=this.getNoiseShape(s);return Zs(()=>pm(s,this.rate,o,this.seed),()=>s,n)}return t})}getConfig(){let t={rate:this.rate,noiseShape:this.noiseShape,seed:this.seed},e=super.getConfig();return Object.assign(t,e),t}dispose(){return super.dispose()}};fo.className="Dropout";L.registerClass(fo);var Aa=class extends fo{constructor(t){super(t),this.inputSpec=[{ndim:3}]}getNoiseShape(t){let e=t.shape;return[e[0],1,e[2]]}};Aa.className="SpatialDropout1D";L.registerClass(Aa);var Ea=class extends ut{constructor(t){if(super(t),this.activation=null,this.useBias=!0,this.kernel=null,this.bias=null,this.DEFAULT_KERNEL_INITIALIZER="glorotNormal",this.DEFAULT_BIAS_INITIALIZER="zeros",t.batchInputShape==null&&t.inputShape==null&&t.inputDim!=null){let e=null;t.batchSize!=null&&(e=t.batchSize),this.batchInputShape=[e,t.inputDim]}this.units=t.units,Zt(this.units,"units"),this.activation=qr(t.activation),t.useBias!=null&&(this.useBias=t.useBias),this.kernelInitializer=Dt(t.kernelInitializer||this.DEFAULT_KERNEL_INITIALIZER),this.biasInitializer=Dt(t.biasInitializer||this.DEFAULT_BIAS_INITIALIZER),this.kernelConstraint=jt(t.kernelConstraint),this.biasConstraint=jt(t.biasConstraint),this.kernelRegularizer=_t(t.kernelRegularizer),this.biasRegularizer=_t(t.biasRegularizer),this.activityRegularizer=_t(t.activityRegularizer),this.supportsMasking=!0,this.inputSpec=[{minNDim:2}]}build(t){t=xt(t);let e=t[t.length-1];this.kernel==null&&(this.kernel=this.addWeight("kernel",[e,this.units],null,this.kernelInitializer,this.kernelRegularizer,!0,this.kernelConstraint),this.useBias&&(this.bias=this.addWeight("bias",[this.units],null,this.biasInitializer,this.biasRegularizer,!0,this.biasConstraint))),this.inputSpec=[{minNDim:2,axes:{[-1]:e}}],this.built=!0}computeOutputShape(t){t=xt(t);let e=t.slice();return e[e.length-1]=this.units,e}call(t,e){return $(()=>{this.invokeCallHook(t,e);let s=ot(t),n=sm(this.activation.getClassName()),o;return n!=null?o=_r(s,this.kernel.read(),n,this.bias?this.bias.read():null):(o=_r(s,this.kernel.read()),this.bias!=null&&(o=Me(o,this.bias.read())),this.activation!=null&&(o=this.activation.apply(o))),o})}getConfig(){let t={units:this.units,activation:Kr(this.activation),useBias:this.useBias,kernelInitializer:zt(this.kernelInitializer),biasInitializer:zt(this.biasInitializer),kernelRegularizer:Et(this.kernelRegularizer),biasRegularizer:Et(this.biasRegularizer),activityRegularizer:Et(this.activityRegularizer),kernelConstraint:qt(this.kernelConstraint),biasConstraint:qt(this.biasConstraint)},e=super.getConfig();return Object.assign(t,e),t}};Ea.className="Dense";L.registerClass(Ea);var Ra=class extends ut{constructor(t){t=t||{},super(t),this.inputSpec=[{minNDim:3}],this.dataFormat=t.dataFormat}computeOutputShape(t){t=xt(t);for(let e of t.slice(1))if(e==null)throw new k(`The shape of the input to "Flatten" is not fully defined (got ${t.slice(1)}). Make sure to pass a complete "input_shape" or "batch_input_shape" argument to the first layer in your model.`);return[t[0],Fr(t,1)]}call(t,e){return $(()=>{this.invokeCallHook(t,e);let s=ot(t);if(this.dataFormat==="channelsFirst"&&s.rank>1){let n=[0];for(let o=2;o<s.rank;++o)n.push(o);n.push(1),s=Ct(s,n)}return _S(s)})}getConfig(){let t={};this.dataFormat!=null&&(t.dataFormat=this.dataFormat);let e=super.getConfig();return Object.assign(t,e),t}};Ra.className="Flatten";L.registerClass(Ra);var $a=class extends ut{constructor(t){super(t),this.supportsMasking=!0,this.activation=qr(t.activation)}call(t,e){return $(()=>{this.invokeCallHook(t,e);let s=ot(t);return this.activation.apply(s)})}getConfig(){let t={activation:Kr(this.activation)},e=super.getConfig();return Object.assign(t,e),t}};$a.className="Activation";L.registerClass($a);var Da=class extends ut{constructor(t){super(t),this.n=t.n,this.inputSpec=[{ndim:2}]}computeOutputShape(t){return[t[0],this.n,t[1]]}call(t,e){return $(()=>(t=ot(t),OS(t,this.n)))}getConfig(){let t={n:this.n},e=super.getConfig();return Object.assign(t,e),t}};Da.className="RepeatVector";L.registerClass(Da);var Oa=class extends ut{constructor(t){super(t),this.targetShape=t.targetShape;for(let e=0;e<this.targetShape.length;++e)this.isUnknown(this.targetShape[e])&&(this.targetShape[e]=null)}isUnknown(t){return t<0||t==null}fixUnknownDimension(t,e){let s="Total size of new array must be unchanged.",n=e.slice(),o=1,i=null;for(let l=0;l<n.length;++l){let u=n[l];if(this.isUnknown(u))if(i===null)i=l;else throw new k("Can only specifiy one unknown dimension.");else o*=u}let a=Fr(t);if(i!==null){if(o===0||a%o!==0)throw new k(s);n[i]=a/o}else if(a!==o)throw new k(s);return n}computeOutputShape(t){let e=!1;for(let s=0;s<t.length;++s)if(this.isUnknown(t[s])){e=!0;break}return e?t.slice(0,1).concat(this.targetShape):t.slice(0,1).concat(this.fixUnknownDimension(t.slice(1),this.targetShape))}call(t,e){return $(()=>{this.invokeCallHook(t,e);let s=ot(t),n=s.shape,o=n.slice(0,1).concat(this.fixUnknownDimension(n.slice(1),this.targetShape));return _(s,o)})}getConfig(){let t={targetShape:this.targetShape},e=super.getConfig();return Object.assign(t,e),t}};Oa.className="Reshape";L.registerClass(Oa);var Fa=class extends ut{constructor(t){if(super(t),t.dims==null)throw new Error("Required configuration field `dims` is missing during Permute constructor call.");if(!Array.isArray(t.dims))throw new Error(`Permute constructor requires \`dims\` to be an Array, but received ${t.dims} instead.`);let e=Ve(1,t.dims.length+1);if(!C.arraysEqual(t.dims.slice().sort(),e))throw new Error("Invalid permutation `dims`: "+JSON.stringify(t.dims)+" `dims` must contain consecutive integers starting from 1.");this.dims=t.dims,this.dimsIncludingBatch=[0].concat(this.dims),this.inputSpec=[new Ft({ndim:this.dims.length+1})]}computeOutputShape(t){t=xt(t);let e=t.slice();return this.dims.forEach((s,n)=>{e[n+1]=t[s]}),e}call(t,e){return Ct(ot(t),this.dimsIncludingBatch)}getConfig(){let t={dims:this.dims},e=super.getConfig();return Object.assign(t,e),t}};Fa.className="Permute";L.registerClass(Fa);var _a=class extends ut{constructor(t){super(t??{}),this.supportsMasking=!0,t!=null?this.maskValue=t.maskValue==null?0:t.maskValue:this.maskValue=0}computeOutputShape(t){return t}getConfig(){let t=super.getConfig(),e={maskValue:this.maskValue};return Object.assign(e,t),e}computeMask(t,e){let s=ot(t);return $i(Ys(s,this.maskValue),-1)}call(t,e){return $(()=>{this.invokeCallHook(t,e);let s=ot(t),i=$i(Ys(s,this.maskValue),-1,!0);return R(s,j(i,s.dtype))})}};_a.className="Masking";L.registerClass(_a);var La=class extends ut{constructor(t){if(super(t),this.embeddings=null,this.DEFAULT_EMBEDDINGS_INITIALIZER="randomUniform",t.batchInputShape==null&&t.inputShape==null){let e=null;t.batchSize!=null&&(e=t.batchSize),t.inputLength==null?this.batchInputShape=[e,null]:this.batchInputShape=[e].concat(kt(t.inputLength))}this.inputDim=t.inputDim,Zt(this.inputDim,"inputDim"),this.outputDim=t.outputDim,Zt(this.outputDim,"outputDim"),this.embeddingsInitializer=Dt(t.embeddingsInitializer||this.DEFAULT_EMBEDDINGS_INITIALIZER),this.embeddingsRegularizer=_t(t.embeddingsRegularizer),this.activityRegularizer=_t(t.activityRegularizer),this.embeddingsConstraint=jt(t.embeddingsConstraint),this.maskZero=t.maskZero,this.supportsMasking=t.maskZero,this.inputLength=t.inputLength}build(t){this.embeddings=this.addWeight("embeddings",[this.inputDim,this.outputDim],this.dtype,this.embeddingsInitializer,this.embeddingsRegularizer,!0,this.embeddingsConstraint),this.built=!0}warnOnIncompatibleInputShape(t){}computeMask(t,e){return $(()=>this.maskZero?(t=ot(t),Ys(t,bt(t))):null)}computeOutputShape(t){if(t=xt(t),this.inputLength==null)return[...t,this.outputDim];let e=kt(this.inputLength);if(e.length!==t.length-1)throw new k(`"inputLength" is ${this.inputLength}, but received input shape has shape ${t}`);{let s=0;for(let n=0;n<e.length;++n){let o=e[n],i=t[n+1];if(o!=null&&i!=null&&o!==i)throw new k(`"inputLength" is ${this.inputLength}, but received input shape has shape ${t}`);o==null&&(e[s]=i),s++}}return[t[0],...e,this.outputDim]}call(t,e){return $(()=>{this.invokeCallHook(t,e);let s=ot(t);s.dtype!=="int32"&&(s=Re(s,"int32"));let n=cm(this.embeddings.read(),_(s,[s.size]));return _(n,xt(this.computeOutputShape(s.shape)))})}getConfig(){let t={inputDim:this.inputDim,outputDim:this.outputDim,embeddingsInitializer:zt(this.embeddingsInitializer),embeddingsRegularizer:Et(this.embeddingsRegularizer),activityRegularizer:Et(this.activityRegularizer),embeddingsConstraint:qt(this.embeddingsConstraint),maskZero:this.maskZero,inputLength:this.inputLength},e=super.getConfig();return Object.assign(t,e),t}};La.className="Embedding";L.registerClass(La);var Ds=class extends ut{constructor(t){super(t||{}),this.supportsMasking=!0}mergeFunction(t){throw new lt}computeElementwiseOpOutputShape(t,e){if(t==null||e==null)return null;if(t.length<e.length)return this.computeElementwiseOpOutputShape(e,t);if(e.length===0)return t;let s=t.slice(0,t.length-e.length);for(let n=0;n<e.length;++n){let o=t[t.length-e.length+n],i=e[n];if(o==null||i==null||o<0||i<0)s.push(null);else if(o===1)s.push(i);else if(i===1)s.push(o);else{if(o!==i)throw new k("Operands could not be broadcast together with shapes "+JSON.stringify(t)+" "+JSON.stringify(e));s.push(o)}}return s}build(t){if(Array.isArray(t)&&!Array.isArray(t[0])&&(t=[xt(t)]),t=t,t.length<2)throw new k(`A merge layer should be called on an Array of at least 2 inputs. Got ${t.length} input(s).`);let e=[];for(let o of t)o!=null&&o[0]!==null&&e.push(o[0]);if(e=Or(e),e.length>1)throw new k(`Can not merge tensors with different batch sizes. Got tensors with shapes: ${JSON.stringify(t)}.`);let s=t[0]==null?null:t[0].slice(1);for(let o=1;o<t.length;++o){let i=t[o]==null?null:t[o].slice(1);s=this.computeElementwiseOpOutputShape(s,i)}let n=t.map(o=>o.length);t.indexOf(null)===-1&&Or(n).length===1?this.reshapeRequired=!1:this.reshapeRequired=!0}call(t,e){return $(()=>{if(t=t,this.reshapeRequired){let s=[],n=t.map(o=>o.rank);if(n.indexOf(null)===-1){let o=Ur(n);for(let i of t){let a=i.rank;for(let l=0;l<o-a;++l)i=Ts(i,1);s.push(i)}return this.mergeFunction(s)}else{let o=!1;for(let l of t){let u=l.rank;if(u==null){let c=l.shape,p=c[0],m=c.slice(1).concat([p]),d=_(l,[p].concat(Fr(c.slice(1))));d=Ct(d,[1,0]),d=_(d,m),s.push(d),o=!0}else if(u>1){let c=Ve(1,u).concat([0]);s.push(Ct(l,c)),o=!0}else s.push(l)}let i=this.mergeFunction(s),a=i.rank;if(o){if(a==null){let l=i.shape,u=l.length,c=l[u-1],p=[c].concat(l.slice(0,l.length-1));i=_(Ct(_(i,[-1,c]),[1,0]),p)}else if(a>1){let l=[a-1].concat(Ve(0,a-1));i=Ct(i,l)}}return i}}else return this.mergeFunction(t)})}computeOutputShape(t){t=t;let e;t[0]==null?e=null:e=t[0].slice(1);for(let n=1;n<t.length;++n){let o=t[n]==null?null:t[n].slice(1);e=this.computeElementwiseOpOutputShape(e,o)}let s=[];for(let n of t)n!=null&&n[0]!==null&&s.push(n[0]);return s=Or(s),s.length===1?e=s.concat(e):e=[null].concat(e),e}computeMask(t,e){return $(()=>{if(e==null)return null;if(!Array.isArray(e))throw new k("`mask` should be an Array");if(!Array.isArray(t))throw new k("`inputs` should be an Array");if(e.length!==t.length)throw new k(`The Array 'inputs' and 'mask' are expected to have the same length, but have different lengths (${t.length} vs ${e.length})`);if(e.every(n=>n==null))return null;e=e.map(n=>n==null?n:Fe(n,0));let s=e[0];for(let n=1;n<e.length-1;++n)s=br(s,e[n]);return s})}},za=class extends Ds{constructor(t){super(t)}mergeFunction(t){return $(()=>{let e=t[0].clone();for(let s=1;s<t.length;++s)e=Z(e,t[s]);return e})}};za.className="Add";L.registerClass(za);var Pa=class extends Ds{constructor(t){super(t)}mergeFunction(t){return $(()=>{let e=t[0].clone();for(let s=1;s<t.length;++s)e=R(e,t[s]);return e})}};Pa.className="Multiply";L.registerClass(Pa);var Va=class extends Ds{constructor(t){super(t)}mergeFunction(t){return $(()=>{let e=t[0].clone();for(let s=1;s<t.length;++s)e=Z(e,t[s]);return R(1/t.length,e)})}};Va.className="Average";L.registerClass(Va);var Ba=class extends Ds{constructor(t){super(t)}mergeFunction(t){return $(()=>{let e=t[0];for(let s=1;s<t.length;++s)e=kr(e,t[s]);return e})}};Ba.className="Maximum";L.registerClass(Ba);var Ma=class extends Ds{constructor(t){super(t)}mergeFunction(t){return $(()=>{let e=t[0];for(let s=1;s<t.length;++s)e=Wn(e,t[s]);return e})}};Ma.className="Minimum";L.registerClass(Ma);var Ga=class extends Ds{constructor(t){super(t),this.DEFAULT_AXIS=-1,t==null&&(t={}),this.axis=t.axis==null?this.DEFAULT_AXIS:t.axis,this.supportsMasking=!0,this.reshapeRequired=!1}build(t){if(!(Array.isArray(t)&&Array.isArray(t[0]))||t.length===1)throw new k("A `Concatenate` layer should be called on a list of at least 2 inputs");t=t;let e=!0;for(let n of t)if(n!=null){e=!1;break}if(e)return;let s=[];for(let n=0;n<t.length;++n){let o=t[n].slice();o.splice(this.axis,1);let i=!1;for(let a of s)if(C.arraysEqual(a,o)){i=!0;break}i||s.push(o)}if(s.length>1)throw new k("A `Concatenate` layer requires inputs with matching shapes except for the concat axis. Got input shapes: "+JSON.stringify(t))}mergeFunction(t){return $(()=>Gi(t,this.axis))}computeOutputShape(t){if(!(Array.isArray(t)&&Array.isArray(t[0])))throw new k("A `Concatenate` layer should be called on a list of inputs.");let e=t,s=e[0].slice(),n=this.axis<0?s.length+this.axis:this.axis;for(let o of e.slice(1)){if(s[n]==null||o[n]==null){s[n]=null;break}s[n]+=o[n]}return s}computeMask(t,e){if(e==null)return null;if(!Array.isArray(e))throw new k("`mask` should be an array for Concatenate");if(!Array.isArray(t))throw new k("`inputs` should be an array for Concatenate");if(e.length!==t.length)throw new k(`Mismatch in the length of mask (${e.length}) and the legnth of inputs (${t.length})`);return $(()=>{let s=!0;if(e.forEach(i=>{if(i!=null){s=!1;return}}),s)return null;let n=[];for(let i=0;i<t.length;++i)e[i]==null?n.push(j(he(t[i]),"bool")):e[i].rank<t[i].rank?n.push(Fe(e[i],-1)):n.push(e[i]);let o=Ke(n,this.axis);return iu(o,-1,!1)})}getConfig(){let t={axis:this.axis},e=super.getConfig();return Object.assign(t,e),t}};Ga.className="Concatenate";L.registerClass(Ga);function Xu(r,t){for(;r<0;)r+=t;return r}function cO(r,t,e){if(r.shape.length>3||t.shape.length>3)throw new lt("batchDot is not implemented for tensors of 4D or higher rank yet");if(C.assert(r.shape.length>=2,()=>`batchDot requires the rank of x to be >= 2, but got ${r.shape.length}`),C.assert(r.shape.length>=2,()=>`batchDot requires the rank of y to be >= 2, but got ${t.shape.length}`),typeof e=="number"&&(e=[e,e]),r.dtype==="complex64"||t.dtype==="complex64")throw new lt("batchDot is not implemented for complex64-type Tensors yet.");let s=r.shape.length,n=t.shape.length;e==null&&(e=[s-1,n-2]);let o=e;return $(()=>{let i;if(s>n){i=s-n;let l=[];for(let u=0;u<i;++u)l.push(1);t=_(t,t.shape.concat(l))}else if(n>s){i=n-s;let l=[];for(let u=0;u<i;++u)l.push(1);r=_(r,r.shape.concat(l))}else i=0;let a;if(r.shape.length===2&&t.shape.length===2)o[0]===o[1]?a=ct(R(r,t),o[0]):a=ct(R(Ct(r,[1,0]),t),o[1]);else{let l=o[0]!==r.shape.length-1,u=o[1]===t.shape.length-1;a=sr(r,t,l,u)}if(i>0){let l;s>n?l=s+n-3:l=s-1;let u=[];for(let c=l;c<l+i;++c)u.push(c);a=bs(a,u)}return a.shape.length===1&&(a=Fe(a,1)),a})}var Wa=class extends Ds{constructor(t){super(t),this.axes=t.axes,this.normalize=t.normalize==null?!1:t.normalize,this.supportsMasking=!0,this.reshapeRequired=!1}build(t){C.assert(Array.isArray(t)&&t.length===2&&Array.isArray(t[0])&&Array.isArray(t[1]),()=>"A `Dot` layer should be called on a list of exactly 2 inputs.");let e=t[0],s=t[1];if(e.length>3||s.length>3)throw new lt("Dot layer does not support tensors of 4D or higher rank yet.");let n=this.interpretAxes(e,s);if(e[n[0]]!==s[n[1]])throw new k(`Dimension incompatibility: ${e[n[0]]} !== ${s[n[1]]}`)}mergeFunction(t){if(t.length!==2)throw new k(`A \`Dot\` layer must be called on exactly 2 inputs, but received ${t.length} input(s).`);let e=t[0],s=t[1],n;return Array.isArray(this.axes)?n=this.axes.map((o,i)=>Xu(o,t[i].shape.length)):n=[Xu(this.axes,e.shape.length),Xu(this.axes,s.shape.length)],this.normalize&&(e=Bu(e,n[0]),s=Bu(s,n[1])),cO(e,s,n)}interpretAxes(t,e){let s;return Array.isArray(this.axes)?s=this.axes:s=[Xu(this.axes,t.length),Xu(this.axes,e.length)],s}computeOutputShape(t){C.assert(Array.isArray(t)&&t.length===2&&Array.isArray(t[0])&&Array.isArray(t[1]),()=>"A `Dot` layer should be called on a list of exactly 2 inputs.");let e=t[0].slice(),s=t[1].slice();if(e.length>3||s.length>3)throw new lt("Dot layer does not support tensors of 4D or higher rank yet.");let n=this.interpretAxes(e,s);e.splice(n[0],1),s.splice(n[1],1),s.splice(0,1);let o=e.concat(s);return o.length===1&&o.push(1),o}computeMask(t,e){return null}getConfig(){let t={axes:this.axes,normalize:this.normalize},e=super.getConfig();return Object.assign(t,e),t}};Wa.className="Dot";L.registerClass(Wa);var Ua=class extends ut{constructor(t){super(t),this.supportsMasking=!0,this.stddev=t.stddev}computeOutputShape(t){return t}getConfig(){let t=super.getConfig(),e={stddev:this.stddev};return Object.assign(e,t),e}call(t,e){return $(()=>{this.invokeCallHook(t,e);let s=ot(t);return Zs(()=>Z(Wi(s.shape,0,this.stddev),s),()=>s,e.training||!1)})}};Ua.className="GaussianNoise";L.registerClass(Ua);var Ha=class extends ut{constructor(t){super(t),this.supportsMasking=!0,this.rate=t.rate}computeOutputShape(t){return t}getConfig(){let t=super.getConfig(),e={rate:this.rate};return Object.assign(e,t),e}call(t,e){return $(()=>{this.invokeCallHook(t,e);let s=ot(t);return this.rate>0&&this.rate<1?Zs(()=>{let o=Math.sqrt(this.rate/(1-this.rate));return R(s,Wi(s.shape,1,o))},()=>s,e.training||!1):s})}};Ha.className="GaussianDropout";L.registerClass(Ha);var Ka=class extends ut{constructor(t){super(t),this.supportsMasking=!0,this.rate=t.rate,this.noiseShape=t.noiseShape}_getNoiseShape(t){return this.noiseShape||ot(t).shape}computeOutputShape(t){return t}getConfig(){let t=super.getConfig(),e={rate:this.rate};return Object.assign(e,t),e}call(t,e){return $(()=>{if(this.rate<1&&this.rate>0){let s=this._getNoiseShape(t);return Zs(()=>{let o=ot(t),l=-1.6732632423543772*1.0507009873554805,u=yr(ys(s),this.rate);u=Re(u,"float32");let c=((1-this.rate)*(1+this.rate*l**2))**-.5,p=-c*l*this.rate,m=Z(R(o,u),R(Z(u,-1),l));return Z(R(m,c),p)},()=>ot(t),e.training||!1)}return t})}};Ka.className="AlphaDropout";L.registerClass(Ka);function Yu(r,t,e,s,n,o=.001){let i;if(r.rank===2)i=ng(r,t,e,s,n,o);else if(r.rank===3)i=og(r,t,e,s,n,o);else if(r.rank===4)i=ig(r,t,e,s,n,o);else throw new lt(`batchNormalization is not implemented for array of rank ${r.rank} yet`);return i}function pO(r,t,e,s,n=.001){return $(()=>{let o=Fi(r,s),i=o.mean,a=o.variance;return[Yu(r,i,a,e,t,n),i,a]})}function mO(r,t,e,s,n=.001){return $(()=>{let o=Fi(r,s),i=o.mean,a=o.variance,l=[];for(let f of Ve(0,r.rank))s.indexOf(f)!==-1?l.push(1):l.push(r.shape[f]);let u=_(i,l),c=_(a,l),p=t==null?null:_(t,l),m=e==null?null:_(e,l);return[Yu(r,u,c,m,p,n),i,a]})}function dO(r,t,e,s,n=.001){return C.arraysEqual(s.slice().sort(),Ve(0,r.rank-1))?pO(r,t,e,s,n):mO(r,t,e,s,n)}var qa=class extends ut{constructor(t){t==null&&(t={}),super(t),this.supportsMasking=!0,this.axis=t.axis==null?-1:t.axis,this.momentum=t.momentum==null?.99:t.momentum,this.epsilon=t.epsilon==null?.001:t.epsilon,this.center=t.center==null?!0:t.center,this.scale=t.scale==null?!0:t.scale,this.betaInitializer=Dt(t.betaInitializer||"zeros"),this.gammaInitializer=Dt(t.gammaInitializer||"ones"),this.movingMeanInitializer=Dt(t.movingMeanInitializer||"zeros"),this.movingVarianceInitializer=Dt(t.movingVarianceInitializer||"ones"),this.betaConstraint=jt(t.betaConstraint),this.gammaConstraint=jt(t.gammaConstraint),this.betaRegularizer=_t(t.betaRegularizer),this.gammaRegularizer=_t(t.gammaRegularizer)}build(t){t=xt(t);let e=this.axis>=0?this.axis:this.axis+t.length,s=t[e];if(s==null)throw new k(`Axis ${e} of input tensor should have a defined dimension but the layer received an input with shape ${JSON.stringify(t)}.`);this.inputSpec=[new Ft({ndim:t.length,axes:{[e]:s}})];let n=[s];this.scale&&(this.gamma=this.addWeight("gamma",n,null,this.gammaInitializer,this.gammaRegularizer,!0,this.gammaConstraint)),this.center&&(this.beta=this.addWeight("beta",n,null,this.betaInitializer,this.betaRegularizer,!0,this.betaConstraint)),this.movingMean=this.addWeight("moving_mean",n,null,this.movingMeanInitializer,null,!1),this.movingVariance=this.addWeight("moving_variance",n,null,this.movingVarianceInitializer,null,!1),this.built=!0}call(t,e){return $(()=>{let s=e.training==null?!1:e.training,n=ot(t),o=n.shape,i=o.length,a=Ve(0,i),l=this.axis>=0?this.axis:this.axis+i;a.splice(l,1);let u=$r(1,i);u[l]=o[l];let c=a.slice();c.sort();let p=!C.arraysEqual(c,Ve(0,i).slice(0,i-1)),m=()=>{if(p){let y=_(this.movingMean.read(),u),N=_(this.movingVariance.read(),u),w=this.center?_(this.beta.read(),u):null,I=this.scale?_(this.gamma.read(),u):null;return Yu(n,y,N,w,I,this.epsilon)}else return Yu(n,this.movingMean.read(),this.movingVariance.read(),this.beta==null?null:this.beta.read(),this.gamma==null?null:this.gamma.read(),this.epsilon)};if(!s)return m();let[d,f,h]=dO(n,this.gamma.read(),this.beta.read(),a,this.epsilon),g=(y,N,w)=>{$(()=>{let I=1-w,T=y.read(),A=R(yt(T,N),I);y.write(yt(T,A))})};return g(this.movingMean,f,this.momentum),g(this.movingVariance,h,this.momentum),d})}getConfig(){let t={axis:this.axis,momentum:this.momentum,epsilon:this.epsilon,center:this.center,scale:this.scale,betaInitializer:zt(this.betaInitializer),gammaInitializer:zt(this.gammaInitializer),movingMeanInitializer:zt(this.movingMeanInitializer),movingVarianceInitializer:zt(this.movingVarianceInitializer),betaRegularizer:Et(this.betaRegularizer),gammaRegularizer:Et(this.gammaRegularizer),betaConstraint:qt(this.betaConstraint),gammaConstraint:qt(this.gammaConstraint)},e=super.getConfig();return Object.assign(t,e),t}};qa.className="BatchNormalization";L.registerClass(qa);var ja=class extends ut{constructor(t){if(t==null&&(t={}),super(t),this.axis=t.axis==null?-1:t.axis,typeof this.axis=="number"){if(!Number.isInteger(this.axis))throw new Error(`Expected axis to be an integer, but received ${this.axis}`)}else if(Array.isArray(this.axis)){for(let e of this.axis)if(!Number.isInteger(e))throw new Error(`Expected axis to be an array of integers, but received ${JSON.stringify(this.axis)}`)}else throw new Error(`Expected axis to be an integer or an array of integers, but received ${JSON.stringify(this.axis)}`);this.epsilon=t.epsilon==null?.001:t.epsilon,this.center=t.center==null?!0:t.center,this.scale=t.scale==null?!0:t.scale,this.betaInitializer=Dt(t.betaInitializer||"zeros"),this.gammaInitializer=Dt(t.gammaInitializer||"ones"),this.betaRegularizer=_t(t.betaRegularizer),this.gammaRegularizer=_t(t.gammaRegularizer),this.supportsMasking=!0}build(t){t=xt(t);let e=t.length;typeof this.axis=="number"&&(this.axis=[this.axis]);for(let o=0;o<this.axis.length;++o)this.axis[o]<0&&(this.axis[o]+=e);for(let o of this.axis)if(o<0||o>=e)throw new Error(`Invalid axis: ${o}`);if(this.axis.length!==Or(this.axis).length)throw new Error(`Found duplicate axes in: ${this.axis}`);let s=this.axis.map(o=>t[o]),n=!0;this.scale?this.gamma=this.addWeight("gamma",s,"float32",this.gammaInitializer,this.gammaRegularizer,n):this.gamma=null,this.center?this.beta=this.addWeight("beta",s,"float32",this.betaInitializer,this.betaRegularizer,n):this.beta=null,this.built=!0}call(t,e){let s=ot(t),n=s.shape,o=n.length;return $(()=>{let{mean:a,variance:l}=Fi(s,this.axis,!0),u=$r(1,o);for(let h of this.axis)u[h]=n[h];let c=h=>h!=null&&h.shape.length!==o?_(h,u):h,p=this.scale?c(this.gamma.read()):null,m=this.center?c(this.beta.read()):null,d=[],f=[];for(let h=0;h<o;++h)this.axis.indexOf(h)!==-1?(d.push(n[h]),f.push(1)):(d.push(1),f.push(n[h]));return a=vr(a,d),l=vr(l,d),p!=null&&(p=vr(p,f)),m!=null&&(m=vr(m,f)),Yu(s,a,l,m,p,this.epsilon)})}getConfig(){let t={axis:this.axis,epsilon:this.epsilon,center:this.center,scale:this.scale,betaInitializer:zt(this.betaInitializer),gammaInitializer:zt(this.gammaInitializer),betaRegularizer:Et(this.betaRegularizer),gammaRegularizer:Et(this.gammaRegularizer)},e=super.getConfig();return Object.assign(t,e),t}};ja.className="LayerNormalization";L.registerClass(ja);function fO(r,t,e){return $(()=>{if(r.rank!==4)throw new k(`temporalPadding expects input tensor to be 4-D, but received a ${r.rank}-D tensor.`);if(t==null&&(t=[[1,1],[1,1]]),t.length!==2||t[0].length!==2||t[1].length!==2)throw new k("spatial2dPadding expects `padding` to be an Array of two Arrays, each of which is an Array of two integers.");if(e==null&&(e=Be()),e!=="channelsLast"&&e!=="channelsFirst")throw new k(`Unknown data format: ${e}. Supported data formats are 'channelsLast' and 'channelsFirst.`);let s;return e==="channelsFirst"?s=[[0,0],[0,0],t[0],t[1]]:s=[[0,0],t[0],t[1],[0,0]],Un(r,s)})}var Xa=class extends ut{constructor(t){if(t==null&&(t={}),super(t),this.dataFormat=t.dataFormat==null?Be():t.dataFormat,t.padding==null)this.padding=[[1,1],[1,1]];else if(typeof t.padding=="number")this.padding=[[t.padding,t.padding],[t.padding,t.padding]];else{if(t.padding=t.padding,t.padding.length!==2)throw new k(`ZeroPadding2D expects padding to be a length-2 array, but received a length-${t.padding.length} array.`);let e,s;if(typeof t.padding[0]=="number")e=[t.padding[0],t.padding[0]],s=[t.padding[1],t.padding[1]];else{if(t.padding=t.padding,t.padding[0].length!==2)throw new k(`ZeroPadding2D expects height padding to be a length-2 array, but received a length-${t.padding[0].length} array.`);if(e=t.padding[0],t.padding[1].length!==2)throw new k(`ZeroPadding2D expects width padding to be a length-2 array, but received a length-${t.padding[1].length} array.`);s=t.padding[1]}this.padding=[e,s]}this.inputSpec=[new Ft({ndim:4})]}computeOutputShape(t){t=xt(t);let e,s;return this.dataFormat==="channelsFirst"?(t[2]!=null&&t[2]>=0?e=t[2]+this.padding[0][0]+this.padding[0][1]:e=null,t[3]!=null&&t[3]>=0?s=t[3]+this.padding[1][0]+this.padding[1][1]:s=null,[t[0],t[1],e,s]):(t[1]!=null&&t[1]>=0?e=t[1]+this.padding[0][0]+this.padding[0][1]:e=null,t[2]!=null&&t[2]>=0?s=t[2]+this.padding[1][0]+this.padding[1][1]:s=null,[t[0],e,s,t[3]])}call(t,e){return $(()=>fO(ot(t),this.padding,this.dataFormat))}getConfig(){let t={padding:this.padding,dataFormat:this.dataFormat},e=super.getConfig();return Object.assign(t,e),t}};Xa.className="ZeroPadding2D";L.registerClass(Xa);function nd(r,t,e,s,n,o){return $(()=>{Gt(n),ax(o),Pe(s),e==null&&(e=[1,1]),s==null&&(s="valid"),n==null&&(n=Be()),o==null&&(o="max"),r=ju(r,n);let i,a=s==="same"?"same":"valid";return o==="max"?i=Nu(r,t,e,a):i=au(r,t,e,a),n==="channelsFirst"&&(i=Ct(i,[0,3,1,2])),i})}function SI(r,t,e,s,n,o){return $(()=>{Gt(n),ax(o),Pe(s),e==null&&(e=[1,1,1]),s==null&&(s="valid"),n==null&&(n=Be()),o==null&&(o="max"),r=Ix(r,n);let i,a=s==="same"?"same":"valid";return o==="max"?i=$g(r,t,e,a):i=rg(r,t,e,a),n==="channelsFirst"&&(i=Ct(i,[0,4,1,2,3])),i})}var Jm=class extends ut{constructor(t){if(t.poolSize==null&&(t.poolSize=2),super(t),typeof t.poolSize=="number")this.poolSize=[t.poolSize];else if(Array.isArray(t.poolSize)&&t.poolSize.length===1&&typeof t.poolSize[0]=="number")this.poolSize=t.poolSize;else throw new k(`poolSize for 1D convolutional layer must be a number or an Array of a single number, but received ${JSON.stringify(t.poolSize)}`);if(Zt(this.poolSize,"poolSize"),t.strides==null)this.strides=this.poolSize;else if(typeof t.strides=="number")this.strides=[t.strides];else if(Array.isArray(t.strides)&&t.strides.length===1&&typeof t.strides[0]=="number")this.strides=t.strides;else throw new k(`strides for 1D convolutional layer must be a number or an Array of a single number, but received ${JSON.stringify(t.strides)}`);Zt(this.strides,"strides"),this.padding=t.padding==null?"valid":t.padding,Pe(this.padding),this.inputSpec=[new Ft({ndim:3})]}computeOutputShape(t){t=xt(t);let e=Xe(t[1],this.poolSize[0],this.padding,this.strides[0]);return[t[0],e,t[2]]}call(t,e){return $(()=>{this.invokeCallHook(t,e),t=Ts(ot(t),2);let s=this.poolingFunction(ot(t),[this.poolSize[0],1],[this.strides[0],1],this.padding,"channelsLast");return bs(s,[2])})}getConfig(){let t={poolSize:this.poolSize,padding:this.padding,strides:this.strides},e=super.getConfig();return Object.assign(t,e),t}},Ya=class extends Jm{constructor(t){super(t)}poolingFunction(t,e,s,n,o){return Gt(o),Pe(n),nd(t,e,s,n,o,"max")}};Ya.className="MaxPooling1D";L.registerClass(Ya);var Qa=class extends Jm{constructor(t){super(t)}poolingFunction(t,e,s,n,o){return Gt(o),Pe(n),nd(t,e,s,n,o,"avg")}};Qa.className="AveragePooling1D";L.registerClass(Qa);var td=class extends ut{constructor(t){if(t.poolSize==null&&(t.poolSize=[2,2]),super(t),this.poolSize=Array.isArray(t.poolSize)?t.poolSize:[t.poolSize,t.poolSize],t.strides==null)this.strides=this.poolSize;else if(Array.isArray(t.strides)){if(t.strides.length!==2)throw new k(`If the strides property of a 2D pooling layer is an Array, it is expected to have a length of 2, but received length ${t.strides.length}.`);this.strides=t.strides}else this.strides=[t.strides,t.strides];Zt(this.poolSize,"poolSize"),Zt(this.strides,"strides"),this.padding=t.padding==null?"valid":t.padding,this.dataFormat=t.dataFormat==null?"channelsLast":t.dataFormat,Gt(this.dataFormat),Pe(this.padding),this.inputSpec=[new Ft({ndim:4})]}computeOutputShape(t){t=xt(t);let e=this.dataFormat==="channelsFirst"?t[2]:t[1],s=this.dataFormat==="channelsFirst"?t[3]:t[2];return e=Xe(e,this.poolSize[0],this.padding,this.strides[0]),s=Xe(s,this.poolSize[1],this.padding,this.strides[1]),this.dataFormat==="channelsFirst"?[t[0],t[1],e,s]:[t[0],e,s,t[3]]}call(t,e){return $(()=>(this.invokeCallHook(t,e),this.poolingFunction(ot(t),this.poolSize,this.strides,this.padding,this.dataFormat)))}getConfig(){let t={poolSize:this.poolSize,padding:this.padding,strides:this.strides,dataFormat:this.dataFormat},e=super.getConfig();return Object.assign(t,e),t}},Za=class extends td{constructor(t){super(t)}poolingFunction(t,e,s,n,o){return Gt(o),Pe(n),nd(t,e,s,n,o,"max")}};Za.className="MaxPooling2D";L.registerClass(Za);var Ja=class extends td{constructor(t){super(t)}poolingFunction(t,e,s,n,o){return Gt(o),Pe(n),nd(t,e,s,n,o,"avg")}};Ja.className="AveragePooling2D";L.registerClass(Ja);var ed=class extends ut{constructor(t){if(t.poolSize==null&&(t.poolSize=[2,2,2]),super(t),this.poolSize=Array.isArray(t.poolSize)?t.poolSize:[t.poolSize,t.poolSize,t.poolSize],t.strides==null)this.strides=this.poolSize;else if(Array.isArray(t.strides)){if(t.strides.length!==3)throw new k(`If the strides property of a 3D pooling layer is an Array, it is expected to have a length of 3, but received length ${t.strides.length}.`);this.strides=t.strides}else this.strides=[t.strides,t.strides,t.strides];Zt(this.poolSize,"poolSize"),Zt(this.strides,"strides"),this.padding=t.padding==null?"valid":t.padding,this.dataFormat=t.dataFormat==null?"channelsLast":t.dataFormat,Gt(this.dataFormat),Pe(this.padding),this.inputSpec=[new Ft({ndim:5})]}computeOutputShape(t){t=xt(t);let e=this.dataFormat==="channelsFirst"?t[2]:t[1],s=this.dataFormat==="channelsFirst"?t[3]:t[2],n=this.dataFormat==="channelsFirst"?t[4]:t[3];return e=Xe(e,this.poolSize[0],this.padding,this.strides[0]),s=Xe(s,this.poolSize[1],this.padding,this.strides[1]),n=Xe(n,this.poolSize[2],this.padding,this.strides[2]),this.dataFormat==="channelsFirst"?[t[0],t[1],e,s,n]:[t[0],e,s,n,t[4]]}call(t,e){return $(()=>(this.invokeCallHook(t,e),this.poolingFunction(ot(t),this.poolSize,this.strides,this.padding,this.dataFormat)))}getConfig(){let t={poolSize:this.poolSize,padding:this.padding,strides:this.strides,dataFormat:this.dataFormat},e=super.getConfig();return Object.assign(t,e),t}},tl=class extends ed{constructor(t){super(t)}poolingFunction(t,e,s,n,o){return Gt(o),Pe(n),SI(t,e,s,n,o,"max")}};tl.className="MaxPooling3D";L.registerClass(tl);var el=class extends ed{constructor(t){super(t)}poolingFunction(t,e,s,n,o){return Gt(o),Pe(n),SI(t,e,s,n,o,"avg")}};el.className="AveragePooling3D";L.registerClass(el);var rd=class extends ut{constructor(t){super(t),this.inputSpec=[new Ft({ndim:3})]}computeOutputShape(t){return[t[0],t[2]]}call(t,e){throw new lt}},rl=class extends rd{constructor(t){super(t||{})}call(t,e){return $(()=>{let s=ot(t);return Qt(s,1)})}};rl.className="GlobalAveragePooling1D";L.registerClass(rl);var sl=class extends rd{constructor(t){super(t||{})}call(t,e){return $(()=>{let s=ot(t);return Vr(s,1)})}};sl.className="GlobalMaxPooling1D";L.registerClass(sl);var sd=class extends ut{constructor(t){super(t),this.dataFormat=t.dataFormat==null?"channelsLast":t.dataFormat,Gt(this.dataFormat),this.inputSpec=[new Ft({ndim:4})]}computeOutputShape(t){return t=t,this.dataFormat==="channelsLast"?[t[0],t[3]]:[t[0],t[1]]}call(t,e){throw new lt}getConfig(){let t={dataFormat:this.dataFormat},e=super.getConfig();return Object.assign(t,e),t}},nl=class extends sd{call(t,e){return $(()=>{let s=ot(t);return this.dataFormat==="channelsLast"?Qt(s,[1,2]):Qt(s,[2,3])})}};nl.className="GlobalAveragePooling2D";L.registerClass(nl);var ol=class extends sd{call(t,e){return $(()=>{let s=ot(t);return this.dataFormat==="channelsLast"?Vr(s,[1,2]):Vr(s,[2,3])})}};ol.className="GlobalMaxPooling2D";L.registerClass(ol);var od=class extends ut{constructor(t){super(t),this.layer=t.layer}build(t){this.built=!0}get trainable(){return this.layer!=null?this.layer.trainable:!1}set trainable(t){this.layer!=null&&(this.layer.trainable=t)}get trainableWeights(){return this.layer.trainableWeights}get nonTrainableWeights(){return this.layer.nonTrainableWeights}get updates(){return this.layer._updates}get losses(){return this.layer.losses}getWeights(){return this.layer.getWeights()}setWeights(t){this.layer.setWeights(t)}getConfig(){let t={layer:{className:this.layer.getClassName(),config:this.layer.getConfig()}},e=super.getConfig();return Object.assign(t,e),t}setFastWeightInitDuringBuild(t){super.setFastWeightInitDuringBuild(t),this.layer!=null&&this.layer.setFastWeightInitDuringBuild(t)}static fromConfig(t,e,s={}){let n=e.layer,o=We(n,s);delete e.layer;let i={layer:o};return Object.assign(i,e),new t(i)}},il=class extends od{constructor(t){super(t),this.supportsMasking=!0}build(t){if(t=xt(t),t.length<3)throw new k(`TimeDistributed layer expects an input shape >= 3D, but received input shape ${JSON.stringify(t)}`);this.inputSpec=[{shape:t}];let e=[t[0]].concat(t.slice(2));this.layer.built||(this.layer.build(e),this.layer.built=!0),super.build(t)}computeOutputShape(t){t=xt(t);let e=[t[0]].concat(t.slice(2)),s=this.layer.computeOutputShape(e),n=t[1];return[s[0],n].concat(s.slice(1))}call(t,e){return $(()=>(t=ot(t),Tx((i,a)=>[ot(this.layer.call(i,e)),[]],t,[],!1,null,null,!1,!0)[1]))}};il.className="TimeDistributed";L.registerClass(il);function hO(r){as(AS,"BidirectionalMergeMode",r)}var gO="concat",al=class extends od{constructor(t){super(t);let e=t.layer.getConfig(),s={};s.className=t.layer.getClassName(),s.config=e,this.forwardLayer=We(s),e.goBackwards=e.goBackwards!==!0;let n={};if(n.className=t.layer.getClassName(),n.config=e,this.backwardLayer=We(n),this.forwardLayer.name="forward_"+this.forwardLayer.name,this.backwardLayer.name="backward_"+this.backwardLayer.name,this.mergeMode=t.mergeMode===void 0?gO:t.mergeMode,hO(this.mergeMode),t.weights)throw new lt("weights support is not implemented for Bidirectional layer yet.");this._stateful=t.layer.stateful,this.returnSequences=t.layer.returnSequences,this.returnState=t.layer.returnState,this.supportsMasking=!0,this._trainable=!0,this.inputSpec=t.layer.inputSpec,this.numConstants=null}get trainable(){return this._trainable}set trainable(t){this._trainable=t,this.forwardLayer!=null&&(this.forwardLayer.trainable=t),this.backwardLayer!=null&&(this.backwardLayer.trainable=t)}getWeights(){return this.forwardLayer.getWeights().concat(this.backwardLayer.getWeights())}setWeights(t){let e=t.length,s=Math.floor(e/2);this.forwardLayer.setWeights(t.slice(0,s)),this.backwardLayer.setWeights(t.slice(s))}computeOutputShape(t){let e=this.forwardLayer.computeOutputShape(t);Array.isArray(e)&&Array.isArray(e[0])||(e=[e]),e=e;let s,n,o;return this.returnState&&(o=e.slice(1)),s=e[0],s=s,this.mergeMode==="concat"?(s[s.length-1]*=2,n=[s]):this.mergeMode==null?n=[s,s.slice()]:n=[s],this.returnState?this.mergeMode==null?n.concat(o).concat(o.slice()):[s].concat(o).concat(o.slice()):xe(n)}apply(t,e){let s=e==null?null:e.initialState,n=e==null?null:e.constants;e==null&&(e={});let o=vx(t,s,n,this.numConstants);if(t=o.inputs,s=o.initialState,n=o.constants,Array.isArray(t)&&(s=t.slice(1),t=t[0]),(s==null||s.length===0)&&n==null)return super.apply(t,e);let i=[],a=[];if(s!=null){let u=s.length;if(u%2>0)throw new k("When passing `initialState` to a Bidrectional RNN, the state should be an Array containing the states of the underlying RNNs.");e.initialState=s,i.push(...s);let c=s.map(p=>new Ft({shape:p.shape}));this.forwardLayer.stateSpec=c.slice(0,u/2),this.backwardLayer.stateSpec=c.slice(u/2),a.push(...c)}if(n!=null)throw new lt("Support for constants in Bidirectional layers is not implemented yet.");let l=i[0]instanceof $e;for(let u of i)if(u instanceof $e!==l)throw new k("The initial state of a Bidirectional layer cannot be specified as a mix of symbolic and non-symbolic tensors");if(l){let u=[t].concat(i),c=this.inputSpec.concat(a),p=this.inputSpec;this.inputSpec=c;let m=super.apply(u,e);return this.inputSpec=p,m}else return super.apply(t,e)}call(t,e){return $(()=>{let s=e.initialState,n,o;if(s==null)n=this.forwardLayer.call(t,e),o=this.backwardLayer.call(t,e);else{let l=s.slice(0,s.length/2),u=s.slice(s.length/2);n=this.forwardLayer.call(t,Object.assign(e,{initialState:l})),o=this.backwardLayer.call(t,Object.assign(e,{initialState:u}))}let i;this.returnState&&(Array.isArray(n)&&(i=n.slice(1).concat(o.slice(1))),n=n[0],o=o[0]),this.returnSequences&&(o=ns(o,1));let a;return this.mergeMode==="concat"?a=Gi([n,o]):this.mergeMode==="sum"?a=Z(n,o):this.mergeMode==="ave"?a=R(.5,Z(n,o)):this.mergeMode==="mul"?a=R(n,o):this.mergeMode==null&&(a=[n,o]),this.returnState?this.mergeMode==null?a.concat(i):[a].concat(i):a})}resetStates(t){this.forwardLayer.resetStates(),this.backwardLayer.resetStates()}build(t){Wr(this.forwardLayer.name,()=>{this.forwardLayer.build(t)}),Wr(this.backwardLayer.name,()=>{this.backwardLayer.build(t)}),this.built=!0}computeMask(t,e){Array.isArray(e)&&(e=e[0]);let s;if(this.returnSequences?this.mergeMode==null?s=[e,e]:s=e:this.mergeMode==null?s=[null,null]:s=null,this.returnState){let o=this.forwardLayer.states.map(i=>null);return Array.isArray(s)?s.concat(o).concat(o):[s].concat(o).concat(o)}else return s}get trainableWeights(){return this.forwardLayer.trainableWeights.concat(this.backwardLayer.trainableWeights)}get nonTrainableWeights(){return this.forwardLayer.nonTrainableWeights.concat(this.backwardLayer.nonTrainableWeights)}setFastWeightInitDuringBuild(t){super.setFastWeightInitDuringBuild(t),this.forwardLayer!=null&&this.forwardLayer.setFastWeightInitDuringBuild(t),this.backwardLayer!=null&&this.backwardLayer.setFastWeightInitDuringBuild(t)}getConfig(){let t={mergeMode:this.mergeMode},e=super.getConfig();return Object.assign(t,e),t}static fromConfig(t,e){let s=We(e.layer);if(delete e.layer,e.numConstants!=null)throw new lt("Deserialization of a Bidirectional layer with numConstants present is not supported yet.");let n=e;return n.layer=s,new t(n)}};al.className="Bidirectional";L.registerClass(al);var ll=class extends ut{constructor(t){super(t),this.scale=t.scale,t.offset?this.offset=t.offset:this.offset=0}getConfig(){let t={scale:this.scale,offset:this.offset},e=super.getConfig();return Object.assign(t,e),t}call(t,e){return $(()=>(t=ot(t),t.dtype!=="float32"&&(t=Re(t,"float32")),Z(R(t,this.scale),this.offset)))}};ll.className="Rescaling";L.registerClass(ll);var{resizeBilinear:xO,cropAndResize:yO}=_e,ul=class extends ut{constructor(t){super(t),this.height=t.height,this.width=t.width}centerCrop(t,e,s,n,o,i,a,l){return $(()=>{let u,c=!1,p=e/i,m=s/a,d=(n+e)/i,f=(o+s)/a,h=[p,m,d,f],g=[];t.rank===3?(c=!0,u=ge([t])):u=t;for(let I=0;I<u.shape[0];I++)g.push(h);let x=xr(g,[g.length,4]),y=zg(0,g.length,1,"int32"),w=yO(u,x,y,[n,o],"nearest");return c?Re(ot(Ae(w)),l):Re(w,l)})}upsize(t,e,s,n){return $(()=>{let o=xO(t,[e,s]);return Re(o,n)})}call(t,e){return $(()=>{let s=ot(t),n=s.dtype,o=s.shape,i=o[o.length-3],a=o[o.length-2],l=0;i!==this.height&&(l=Math.floor((i-this.height)/2));let u=0;return a!==this.width&&(u=Math.floor((a-this.width)/2),u===0&&(u=1)),l>=0&&u>=0?this.centerCrop(s,l,u,this.height,this.width,i,a,n):this.upsize(t,this.height,this.width,n)})}getConfig(){let t={height:this.height,width:this.width},e=super.getConfig();return Object.assign(t,e),t}computeOutputShape(t){t=xt(t);let e=t.length-3,s=t.length-2;return t[e]=this.height,t[s]=this.width,t}};ul.className="CenterCrop";L.registerClass(ul);function II(r,t,e,s){let n=ot(r);if(n.dtype!=="int32"&&(n=Re(n,"int32")),t==="int")return n;let o=n.shape;if(n.rank===0&&(n=Fe(n,-1)),t==="oneHot"&&n.shape[n.shape.length-1]!==1&&(n=Fe(n,-1)),n.rank>2)throw new k(`When outputMode is not int, maximum output rank is 2 Received outputMode ${t} and input shape ${o} which would result in output rank ${n.rank}.`);let i=["multiHot","oneHot"].includes(t),a=n,l;if(typeof s<"u"&&t==="count"?l=Gp(a,s,e,i):l=Gp(a,[],e,i),t!=="tfIdf")return l;if(s)return R(l,s);throw new k("When outputMode is 'tfIdf', weights must be provided.")}var cl=class extends ut{constructor(t){super(t),this.numTokens=t.numTokens,t.outputMode?this.outputMode=t.outputMode:this.outputMode="multiHot"}getConfig(){let t={numTokens:this.numTokens,outputMode:this.outputMode},e=super.getConfig();return Object.assign(t,e),t}computeOutputShape(t){return t=xt(t),t==null?[this.numTokens]:this.outputMode==="oneHot"&&t[t.length-1]!==1?(t.push(this.numTokens),t):(t[t.length-1]=this.numTokens,t)}call(t,e){return $(()=>{t=ot(t),t.dtype!=="int32"&&(t=Re(t,"int32"));let s;if(typeof e.countWeights<"u"){if(this.outputMode!=="count")throw new k(`countWeights is not used when outputMode !== count.
              Received countWeights=${e.countWeights}`);s=ot(e.countWeights)}let n=Vr(t),o=hu(t),i=ce(this.numTokens,n).bufferSync().get(0),a=yr(o,0).bufferSync().get(0);if(!(i&&a))throw new k(`Input values must be between 0 < values <= numTokens with numTokens=${this.numTokens}`);return II(t,this.outputMode,this.numTokens,s)})}};cl.className="CategoryEncoding";L.registerClass(cl);var CO=["bilinear","nearest"],vI=new Set(CO),pl=class extends ut{constructor(t){if(super(t),this.height=t.height,this.width=t.width,t.interpolation)if(vI.has(t.interpolation))this.interpolation=t.interpolation;else throw new k(`Invalid interpolation parameter: ${t.interpolation} is not implemented`);else this.interpolation="bilinear";this.cropToAspectRatio=!!t.cropToAspectRatio}computeOutputShape(t){t=xt(t);let e=t[2];return[this.height,this.width,e]}getConfig(){let t={height:this.height,width:this.width,interpolation:this.interpolation,cropToAspectRatio:this.cropToAspectRatio},e=super.getConfig();return Object.assign(t,e),t}call(t,e){return $(()=>{let s=[this.height,this.width];if(this.interpolation==="bilinear")return _e.resizeBilinear(t,s,!this.cropToAspectRatio);if(this.interpolation==="nearest")return _e.resizeNearestNeighbor(t,s,!this.cropToAspectRatio);throw new Error(`Interpolation is ${this.interpolation} but only ${[...vI]} are supported`)})}};pl.className="Resizing";L.registerClass(pl);var Qu=class{constructor(t){this.seed=t}next(){if(this.seed!==void 0)return this.seed++}};Qu.className="RandomSeed";var Zu=class extends ut{constructor(t){super(t),this.randomGenerator=new Qu(t.seed)}getConfig(){let t={seed:this.randomGenerator.seed},e=super.getConfig();return Object.assign(t,e),t}};Zu.className="BaseRandomLayer";var wO=["bilinear","nearest"],TI=new Set(wO),ml=class extends Zu{constructor(t){super(t);let{factor:e,interpolation:s="bilinear"}=t;if(this.factor=e,Array.isArray(this.factor)&&this.factor.length===2)this.widthLower=this.factor[0],this.widthUpper=this.factor[1];else if(!Array.isArray(this.factor)&&this.factor>0)this.widthLower=-this.factor,this.widthUpper=this.factor;else throw new k(`Invalid factor: ${this.factor}. Must be positive number or tuple of 2 numbers`);if(this.widthLower<-1||this.widthUpper<-1)throw new k(`factor must have values larger than -1. Got: ${this.factor}`);if(this.widthUpper<this.widthLower)throw new k(`factor cannot have upper bound less than lower bound.
        Got upper bound: ${this.widthUpper}.
        Got lower bound: ${this.widthLower}
      `);if(s)if(TI.has(s))this.interpolation=s;else throw new k(`Invalid interpolation parameter: ${s} is not implemented`)}getConfig(){let t={factor:this.factor,interpolation:this.interpolation},e=super.getConfig();return Object.assign(t,e),t}computeOutputShape(t){t=xt(t);let e=t[2];return[this.imgHeight,-1,e]}call(t,e){return $(()=>{let s=ot(t);this.imgHeight=s.shape[s.shape.length-3];let n=s.shape[s.shape.length-2];this.widthFactor=ys([1],1+this.widthLower,1+this.widthUpper,"float32",this.randomGenerator.next());let o=this.widthFactor.dataSync()[0]*n;o=Math.round(o);let i=[this.imgHeight,o];switch(this.interpolation){case"bilinear":return _e.resizeBilinear(t,i);case"nearest":return _e.resizeNearestNeighbor(t,i);default:throw new Error(`Interpolation is ${this.interpolation}
          but only ${[...TI]} are supported`)}})}};ml.className="RandomWidth";L.registerClass(ml);function NO(r){return new Hr(r)}function SO(r){return new da(r)}function IO(r){return new ca(r)}function vO(r){return new pa(r)}function TO(r){return new ma(r)}function kO(r){return new ha(r)}function AO(r){return new fa(r)}function EO(r){return new Ca(r)}function RO(r){return new ao(r)}function $O(r){return new xa(r)}function DO(r){return new lo(r)}function OO(r){return new ya(r)}function FO(r){return new ba(r)}function _O(r){return new wa(r)}function LO(r){return new Na(r)}function zO(r){return new Sa(r)}function PO(r){return new $a(r)}function VO(r){return new Ea(r)}function BO(r){return new fo(r)}function MO(r){return new Aa(r)}function GO(r){return new Ra(r)}function WO(r){return new Da(r)}function UO(r){return new Oa(r)}function HO(r){return new Fa(r)}function KO(r){return new La(r)}function qO(r){return new za(r)}function jO(r){return new Va(r)}function XO(r){return new Ga(r)}function YO(r){return new Ba(r)}function QO(r){return new Ma(r)}function ZO(r){return new Pa(r)}function JO(r){return new Wa(r)}function tF(r){return new qa(r)}function eF(r){return new ja(r)}function rF(r){return new Xa(r)}function kx(r){return new Qa(r)}function sF(r){return kx(r)}function nF(r){return kx(r)}function Ax(r){return new Ja(r)}function oF(r){return Ax(r)}function iF(r){return Ax(r)}function Ex(r){return new el(r)}function aF(r){return Ex(r)}function lF(r){return Ex(r)}function uF(r){return new rl(r)}function cF(r){return new nl(r)}function kI(r){return new sl(r)}function AI(r){return new ol(r)}function EI(r){return new Ya(r)}function RI(r){return new Za(r)}function pF(r){return new tl(r)}function mF(r){return new va(r)}function dF(r){return new co(r)}function fF(r){return new Ta(r)}function hF(r){return new Rs(r)}function gF(r){return new Ia(r)}function xF(r){return new uo(r)}function yF(r){return new ka(r)}function bF(r){return new mo(r)}function CF(r){return new Nr(r)}function wF(r){return new po(r)}function NF(r){return new al(r)}function SF(r){return new il(r)}var IF=kI,vF=AI,TF=EI,kF=RI;function AF(r){return new Ua(r)}function EF(r){return new Ha(r)}function RF(r){return new Ka(r)}function $F(r){return new _a(r)}function DF(r){return new ll(r)}function OF(r){return new ul(r)}function FF(r){return new pl(r)}function _F(r){return new cl(r)}function LF(r){return new ml(r)}var DI={};Bt(DI,{MAPE:()=>qF,MSE:()=>YF,binaryAccuracy:()=>zF,binaryCrossentropy:()=>PF,categoricalAccuracy:()=>BF,categoricalCrossentropy:()=>MF,cosineProximity:()=>UF,mape:()=>jF,meanAbsoluteError:()=>HF,meanAbsolutePercentageError:()=>KF,meanSquaredError:()=>XF,mse:()=>QF,precision:()=>GF,r2Score:()=>ZF,recall:()=>WF,sparseCategoricalAccuracy:()=>VF});function zF(r,t){return Wu(r,t)}function PF(r,t){return Im(r,t)}function VF(r,t){return vm(r,t)}function BF(r,t){return Uu(r,t)}function MF(r,t){return Hu(r,t)}function GF(r,t){return hx(r,t)}function WF(r,t){return tI(r,t)}function UF(r,t){return Gu(r,t)}function HF(r,t){return oa(r,t)}function KF(r,t){return tn(r,t)}function qF(r,t){return tn(r,t)}function jF(r,t){return tn(r,t)}function XF(r,t){return cs(r,t)}function YF(r,t){return cs(r,t)}function QF(r,t){return cs(r,t)}function ZF(r,t){return eI(r,t)}var OI={};Bt(OI,{modelFromJSON:()=>gI});var FI={};Bt(FI,{l1:()=>t_,l1l2:()=>JF,l2:()=>e_});function JF(r){return new en(r)}function t_(r){return CI(r)}function e_(r){return wI(r)}var ad=class extends As{constructor(){super(...arguments),this.model=null}setModel(t){if(!(t instanceof lr))throw new Error("model must be a LayersModel, not some other Container");this.model=t}};function id(r,t){return r<t}function _I(r,t){return r>t}var ld=class extends ad{constructor(t){if(super(),t==null&&(t={}),t.restoreBestWeights)throw new lt("restoreBestWeights = True is not implemented in EarlyStopping yet.");this.monitor=t.monitor||"val_loss",this.minDelta=Math.abs(t.minDelta||0),this.patience=t.patience||0,this.verbose=t.verbose||0,this.mode=t.mode||"auto",this.baseline=t.baseline,["auto","min","max"].indexOf(this.mode)===-1&&(console.warn(`EarlyStopping mode '${this.mode}' is invalid. Falling back to mode 'auto'.`),this.mode="auto"),this.mode==="min"?this.monitorFunc=id:this.mode==="max"?this.monitorFunc=_I:this.monitor.indexOf("acc")!==-1?this.monitorFunc=_I:this.monitorFunc=id,this.monitorFunc===id&&(this.minDelta*=-1)}async onTrainBegin(t){this.wait=0,this.stoppedEpoch=0,this.baseline!=null?this.best=this.baseline:this.best=this.monitorFunc===id?1/0:-1/0}async onEpochEnd(t,e){await us(e);let s=this.getMonitorValue(e);s!=null&&(this.monitorFunc(s-this.minDelta,this.best)?(this.best=s,this.wait=0):(this.wait++,this.wait>=this.patience&&(this.stoppedEpoch=t,this.model.stopTraining=!0)))}async onTrainEnd(t){this.stoppedEpoch>0&&this.verbose&&console.log(`Epoch ${this.stoppedEpoch}: early stopping.`)}getMonitorValue(t){t==null&&(t={});let e=t[this.monitor];return e==null&&console.warn(`Metric for EarlyStopping ${this.monitor} is not available. Available metrics are: ${Object.keys(t)}`),e}};function r_(r){return new ld(r)}var s_={earlyStopping:r_};var n_=O();n_.registerFlag("KEEP_INTERMEDIATE_TENSORS",()=>!1,r=>{r&&console.warn("Keep intermediate tensors is ON. This will print the values of all intermediate tensors during model inference. Not all models support this mode. For details, check e2e/benchmarks/ model_config.js. This significantly impacts performance.")});var Ye;(function(r){r[r.DT_INVALID=0]="DT_INVALID",r[r.DT_FLOAT=1]="DT_FLOAT",r[r.DT_DOUBLE=2]="DT_DOUBLE",r[r.DT_INT32=3]="DT_INT32",r[r.DT_UINT8=4]="DT_UINT8",r[r.DT_INT16=5]="DT_INT16",r[r.DT_INT8=6]="DT_INT8",r[r.DT_STRING=7]="DT_STRING",r[r.DT_COMPLEX64=8]="DT_COMPLEX64",r[r.DT_INT64=9]="DT_INT64",r[r.DT_BOOL=10]="DT_BOOL",r[r.DT_QINT8=11]="DT_QINT8",r[r.DT_QUINT8=12]="DT_QUINT8",r[r.DT_QINT32=13]="DT_QINT32",r[r.DT_BFLOAT16=14]="DT_BFLOAT16",r[r.DT_QINT16=15]="DT_QINT16",r[r.DT_QUINT16=16]="DT_QUINT16",r[r.DT_UINT16=17]="DT_UINT16",r[r.DT_COMPLEX128=18]="DT_COMPLEX128",r[r.DT_HALF=19]="DT_HALF",r[r.DT_RESOURCE=20]="DT_RESOURCE",r[r.DT_VARIANT=21]="DT_VARIANT",r[r.DT_UINT32=22]="DT_UINT32",r[r.DT_UINT64=23]="DT_UINT64",r[r.DT_FLOAT_REF=101]="DT_FLOAT_REF",r[r.DT_DOUBLE_REF=102]="DT_DOUBLE_REF",r[r.DT_INT32_REF=103]="DT_INT32_REF",r[r.DT_UINT8_REF=104]="DT_UINT8_REF",r[r.DT_INT16_REF=105]="DT_INT16_REF",r[r.DT_INT8_REF=106]="DT_INT8_REF",r[r.DT_STRING_REF=107]="DT_STRING_REF",r[r.DT_COMPLEX64_REF=108]="DT_COMPLEX64_REF",r[r.DT_INT64_REF=109]="DT_INT64_REF",r[r.DT_BOOL_REF=110]="DT_BOOL_REF",r[r.DT_QINT8_REF=111]="DT_QINT8_REF",r[r.DT_QUINT8_REF=112]="DT_QUINT8_REF",r[r.DT_QINT32_REF=113]="DT_QINT32_REF",r[r.DT_BFLOAT16_REF=114]="DT_BFLOAT16_REF",r[r.DT_QINT16_REF=115]="DT_QINT16_REF",r[r.DT_QUINT16_REF=116]="DT_QUINT16_REF",r[r.DT_UINT16_REF=117]="DT_UINT16_REF",r[r.DT_COMPLEX128_REF=118]="DT_COMPLEX128_REF",r[r.DT_HALF_REF=119]="DT_HALF_REF",r[r.DT_RESOURCE_REF=120]="DT_RESOURCE_REF",r[r.DT_VARIANT_REF=121]="DT_VARIANT_REF",r[r.DT_UINT32_REF=122]="DT_UINT32_REF",r[r.DT_UINT64_REF=123]="DT_UINT64_REF"})(Ye||(Ye={}));var LI;(function(r){let t;(function(e){e[e.LEGACY=0]="LEGACY",e[e.V1=1]="V1",e[e.V2=2]="V2"})(t=r.CheckpointFormatVersion||(r.CheckpointFormatVersion={}))})(LI||(LI={}));var Rx={};function i_(r,t){let e={tfOpName:r,category:"custom",inputs:[],attrs:[],customExecutor:t};Rx[r]=e}function ud(r){return Rx[r]}function a_(r){delete Rx[r]}function b(r,t,e,s,n){let o=t.inputParams[r];if(o&&o.inputIndexStart!==void 0){let a=o.inputIndexStart,l=o.inputIndexEnd===0?void 0:o.inputIndexEnd===void 0?a+1:o.inputIndexEnd,u=a<0?t.inputNames.length+a:a;if(o.type==="tensor")return ue(t.inputNames[u],e,s,n);if(o.type==="tensors"){let m=t.inputs.slice(a,l);return t.inputNames.slice(a,l).filter((f,h)=>{var g;return((g=m[h])===null||g===void 0?void 0:g.op)!=="NoOp"}).map(f=>ue(f,e,s,n))}let c=ue(t.inputNames[u],e,s,n),p=c.dataSync();return o.type==="number"?p[0]:C.toNestedArray(c.shape,p)}let i=t.attrParams[r];return i&&i.value}function ue(r,t,e,s){let[n,o]=Ue(r,e);if(s!=null){let a=s.getHashTableHandleByName(n);if(a!=null)return a}let i=e.currentContextIds.find(a=>!!t[cd(n,a)]);return i!==void 0?t[cd(n,i)][o]:void 0}function $x(r,t,e){return t[cd(r,e.currentContextId)]}function Xr(r,t){let[e,s,n]=Ue(r,t);return[cd(e,t&&t.currentContextId),s,n]}function cd(r,t){return t?`${r}-${t}`:r}function Ue(r,t){if(r==="")return["",0,void 0];let e=t!=null&&t.parseNodeNameCache!=null;if(e){let o=t.parseNodeNameCache.get(r);if(o!=null)return o}let s=r.split(":"),n;if(s.length===1)n=[r,0,void 0];else{let o=s[0],i=s.length===3?s[1]:void 0,a=Number(s[s.length-1]);n=[o,a,i]}return e&&t.parseNodeNameCache.set(r,n),n}function Ju(r,t,e){let s=b("pad",r,t,e);if(s==="explicit"){s=b("explicitPaddings",r,t,e);let n=[[0,0],[0,0],[0,0],[0,0]];for(let o=0;o<4;o++)n[o][0]=s[o*2],n[o][1]=s[o*2+1];return n}return s}function Yr(r){return r.kept?r:ou(r)}var Dx={};Bt(Dx,{json:()=>l_});var l_=[{tfOpName:"Add",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"AddV2",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"AddN",category:"arithmetic",inputs:[{start:0,end:0,name:"tensors",type:"tensors"}]},{tfOpName:"BiasAdd",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0},{tfName:"data_format",name:"dataFormat",type:"string",notSupported:!0}]},{tfOpName:"Sub",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"RealDiv",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Div",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"DivNoNan",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"FloorDiv",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Mul",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Maximum",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Minimum",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Pow",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"SquaredDifference",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Mod",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"FloorMod",category:"arithmetic",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]}];var Ox={};Bt(Ox,{json:()=>u_});var u_=[{tfOpName:"Abs",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Acos",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Asin",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Atan",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Atan2",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"y",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Ceil",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"ClipByValue",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"clipValueMin",type:"number"},{start:2,name:"clipValueMax",type:"number"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Complex",category:"basic_math",inputs:[{start:0,name:"real",type:"tensor"},{start:1,name:"imag",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"ComplexAbs",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Cos",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Cosh",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Elu",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Exp",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Floor",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Log",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Imag",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0},{tfName:"Tout",name:"outputType",type:"dtype",notSupported:!0}]},{tfOpName:"Neg",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Real",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0},{tfName:"Tout",name:"outputType",type:"dtype",notSupported:!0}]},{tfOpName:"Prelu",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"alpha",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Relu",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Relu6",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Selu",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Sigmoid",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Sin",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Sinh",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Sqrt",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Rsqrt",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Square",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Tan",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Tanh",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Sign",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Round",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Expm1",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Log1p",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Reciprocal",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Softplus",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Asinh",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Acosh",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Atanh",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Erf",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"LeakyRelu",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"alpha",name:"alpha",type:"number",defaultValue:.2},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"IsNan",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"IsFinite",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"IsInf",category:"basic_math",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]}];var Fx={};Bt(Fx,{json:()=>c_});var c_=[{tfOpName:"EmptyTensorList",category:"control",inputs:[{start:0,name:"elementShape",type:"shape"},{start:1,name:"maxNumElements",type:"number"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"LoopCond",category:"control",inputs:[{start:0,name:"pred",type:"tensor"}]},{tfOpName:"Switch",category:"control",inputs:[{start:0,name:"data",type:"tensor"},{start:1,name:"pred",type:"tensor"}]},{tfOpName:"Merge",category:"control",inputs:[{start:0,end:0,name:"tensors",type:"tensors"}]},{tfOpName:"Enter",category:"control",inputs:[{start:0,name:"tensor",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0},{tfName:"frame_name",name:"frameName",type:"string"},{tfName:"is_constant",name:"isConstant",type:"bool"}]},{tfOpName:"Exit",category:"control",inputs:[{start:0,name:"tensor",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"NextIteration",category:"control",inputs:[{start:0,name:"tensor",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"TensorArrayV3",category:"control",inputs:[{start:0,name:"size",type:"number"}],attrs:[{tfName:"dtype",name:"dtype",type:"dtype"},{tfName:"element_shape",name:"elementShape",type:"shape"},{tfName:"dynamic_size",name:"dynamicSize",type:"bool"},{tfName:"clear_after_read",name:"clearAfterRead",type:"bool"},{tfName:"identical_element_shapes",name:"identicalElementShapes",type:"bool"},{tfName:"tensor_array_name",name:"name",type:"string"}]},{tfOpName:"TensorArrayWriteV3",category:"control",inputs:[{start:0,name:"tensorArrayId",type:"tensor"},{start:1,name:"index",type:"number"},{start:2,name:"tensor",type:"tensor"},{start:3,name:"flowIn",type:"number"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"TensorArrayReadV3",category:"control",inputs:[{start:0,name:"tensorArrayId",type:"tensor"},{start:1,name:"index",type:"number"},{start:2,name:"flowIn",type:"number"}],attrs:[{tfName:"dtype",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"TensorArrayGatherV3",category:"control",inputs:[{start:0,name:"tensorArrayId",type:"tensor"},{start:1,name:"indices",type:"number[]"},{start:2,name:"flowIn",type:"number"}],attrs:[{tfName:"dtype",name:"dtype",type:"dtype"},{tfName:"element_shape",name:"elementShape",type:"shape"}]},{tfOpName:"TensorArrayScatterV3",category:"control",inputs:[{start:0,name:"tensorArrayId",type:"tensor"},{start:1,name:"indices",type:"number[]"},{start:2,name:"tensor",type:"tensor"},{start:3,name:"flowIn",type:"number"}],attrs:[{tfName:"T",name:"dtype",type:"dtype"}]},{tfOpName:"TensorArrayConcatV3",category:"control",inputs:[{start:0,name:"tensorArrayId",type:"tensor"},{start:1,name:"flowIn",type:"number"}],attrs:[{tfName:"dtype",name:"dtype",type:"dtype"},{tfName:"element_shape_except0",name:"elementShapeExcept0",type:"shape",notSupported:!0}]},{tfOpName:"TensorArraySplitV3",category:"control",inputs:[{start:0,name:"tensorArrayId",type:"tensor"},{start:1,name:"tensor",type:"tensor"},{start:2,name:"lengths",type:"number[]"},{start:3,name:"flowIn",type:"number"}],attrs:[{tfName:"T",name:"dtype",type:"dtype"}]},{tfOpName:"TensorArraySizeV3",category:"control",inputs:[{start:0,name:"tensorArrayId",type:"tensor"},{start:1,name:"flowIn",type:"number"}]},{tfOpName:"TensorArrayCloseV3",category:"control",inputs:[{start:0,name:"tensorArrayId",type:"tensor"}]},{tfOpName:"StatelessIf",category:"control",inputs:[{start:0,name:"cond",type:"tensor"},{start:1,end:0,name:"args",type:"tensors"}],attrs:[{tfName:"then_branch",name:"thenBranch",type:"func"},{tfName:"else_branch",name:"elseBranch",type:"func"}]},{tfOpName:"If",category:"control",inputs:[{start:0,name:"cond",type:"tensor"},{start:1,end:0,name:"args",type:"tensors"}],attrs:[{tfName:"then_branch",name:"thenBranch",type:"func"},{tfName:"else_branch",name:"elseBranch",type:"func"}]},{tfOpName:"StatelessWhile",category:"control",inputs:[{start:0,end:0,name:"args",type:"tensors"}],attrs:[{tfName:"cond",name:"cond",type:"func"},{tfName:"body",name:"body",type:"func"}]},{tfOpName:"While",category:"control",inputs:[{start:0,end:0,name:"args",type:"tensors"}],attrs:[{tfName:"cond",name:"cond",type:"func"},{tfName:"body",name:"body",type:"func"}]},{tfOpName:"TensorListScatter",category:"control",inputs:[{start:0,name:"tensor",type:"tensor"},{start:1,name:"indices",type:"number[]"},{start:2,name:"elementShape",type:"shape"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListScatterV2",category:"control",inputs:[{start:0,name:"tensor",type:"tensor"},{start:1,name:"indices",type:"number[]"},{start:2,name:"elementShape",type:"shape"},{start:3,name:"numElements",type:"number"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListGather",category:"control",inputs:[{start:0,name:"tensorListId",type:"tensor"},{start:1,name:"indices",type:"number[]"},{start:2,name:"elementShape",type:"shape"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListGetItem",category:"control",inputs:[{start:0,name:"tensorListId",type:"tensor"},{start:1,name:"index",type:"number"},{start:2,name:"elementShape",type:"shape"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListSetItem",category:"control",inputs:[{start:0,name:"tensorListId",type:"tensor"},{start:1,name:"index",type:"number"},{start:2,name:"tensor",type:"tensor"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListReserve",category:"control",inputs:[{start:0,name:"elementShape",type:"shape"},{start:1,name:"numElements",type:"number"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListFromTensor",category:"control",inputs:[{start:0,name:"tensor",type:"tensor"},{start:1,name:"elementShape",type:"shape"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListStack",category:"control",inputs:[{start:0,name:"tensorListId",type:"tensor"},{start:1,name:"elementShape",type:"shape"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"},{tfName:"num_elements",name:"numElements",type:"dtype"}]},{tfOpName:"TensorListSplit",category:"control",inputs:[{start:0,name:"tensor",type:"tensor"},{start:1,name:"elementShape",type:"shape"},{start:2,name:"lengths",type:"number[]"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListConcat",category:"control",inputs:[{start:0,name:"tensorListId",type:"tensor"}],attrs:[{tfName:"element_shape",name:"elementShape",type:"shape"},{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListConcatV2",category:"control",inputs:[{start:0,name:"tensorListId",type:"tensor"}],attrs:[{tfName:"element_shape",name:"elementShape",type:"shape"},{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListPopBack",category:"control",inputs:[{start:0,name:"tensorListId",type:"tensor"},{start:1,name:"elementShape",type:"shape"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListPushBack",category:"control",inputs:[{start:0,name:"tensorListId",type:"tensor"},{start:1,name:"tensor",type:"tensor"}],attrs:[{tfName:"element_dtype",name:"elementDType",type:"dtype"}]},{tfOpName:"TensorListLength",category:"control",inputs:[{start:0,name:"tensorListId",type:"tensor"}]},{tfOpName:"TensorListResize",category:"control",inputs:[{start:0,name:"tensorListId",type:"tensor"},{start:1,name:"size",type:"number"}]}];var _x={};Bt(_x,{json:()=>p_});var p_=[{tfOpName:"AvgPool",category:"convolution",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"data_format",name:"dataFormat",type:"string",notSupported:!0},{tfName:"ksize",name:"kernelSize",type:"number[]"},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"MaxPool",category:"convolution",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"data_format",name:"dataFormat",type:"string",notSupported:!0},{tfName:"ksize",name:"kernelSize",type:"number[]"},{tfName:"explicit_paddings",name:"explicitPaddings",type:"number[]",defaultValue:[],notSupported:!0},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"MaxPoolWithArgmax",category:"convolution",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"ksize",name:"kernelSize",type:"number[]"},{tfName:"include_batch_in_index",name:"includeBatchInIndex",type:"bool"},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"AvgPool3D",category:"convolution",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"data_format",name:"dataFormat",type:"string",notSupported:!0},{tfName:"ksize",name:"kernelSize",type:"number[]"},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"MaxPool3D",category:"convolution",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"data_format",name:"dataFormat",type:"string",notSupported:!0},{tfName:"ksize",name:"kernelSize",type:"number[]"},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Conv1D",category:"convolution",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"filter",type:"tensor"}],attrs:[{tfName:"stride",name:"stride",type:"number"},{tfName:"padding",name:"pad",type:"string"},{tfName:"data_format",name:"dataFormat",type:"string",defaultValue:"NWC"},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0},{tfName:"dilation",name:"dilation",type:"number",defaultValue:1}]},{tfOpName:"Conv2D",category:"convolution",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"filter",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0},{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"useCudnnOnGpu",name:"useCudnnOnGpu",type:"bool"},{tfName:"data_format",name:"dataFormat",type:"string",defaultValue:"NHWC"},{tfName:"explicit_paddings",name:"explicitPaddings",type:"number[]",defaultValue:[]},{tfName:"dilations",name:"dilations",type:"number[]"}]},{tfOpName:"_FusedConv2D",category:"convolution",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"filter",type:"tensor"},{start:2,end:0,name:"args",type:"tensors"}],attrs:[{tfName:"num_args",name:"numArgs",type:"number"},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0},{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"explicit_paddings",name:"explicitPaddings",type:"number[]",defaultValue:[]},{tfName:"use_cudnn_on_gpu",name:"useCudnnOnGpu",type:"bool",defaultValue:!0},{tfName:"data_format",name:"dataFormat",type:"string",defaultValue:"NHWC"},{tfName:"dilations",name:"dilations",type:"number[]",defaultValue:[1,1,1,1]},{tfName:"fused_ops",name:"fusedOps",type:"string[]",defaultValue:[]},{tfName:"epsilon",name:"epsilon",type:"number",defaultValue:1e-4},{tfName:"leakyrelu_alpha",name:"leakyreluAlpha",type:"number",defaultValue:.2}]},{tfOpName:"Conv2DBackpropInput",category:"convolution",inputs:[{start:2,name:"x",type:"tensor"},{start:1,name:"filter",type:"tensor"},{start:0,name:"outputShape",type:"number[]"}],attrs:[{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"data_format",name:"dataFormat",type:"string",notSupported:!0},{tfName:"explicit_paddings",name:"explicitPaddings",type:"number[]",defaultValue:[]},{tfName:"dilations",name:"dilations",type:"number[]",notSupported:!0}]},{tfOpName:"DepthwiseConv2d",category:"convolution",inputs:[{start:0,name:"input",type:"tensor"},{start:1,name:"filter",type:"tensor"}],attrs:[{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"data_format",name:"dataFormat",type:"string",defaultValue:"NHWC"},{tfName:"explicit_paddings",name:"explicitPaddings",type:"number[]",defaultValue:[]},{tfName:"dilations",name:"dilations",type:"number[]"}]},{tfOpName:"DepthwiseConv2dNative",category:"convolution",inputs:[{start:0,name:"input",type:"tensor"},{start:1,name:"filter",type:"tensor"}],attrs:[{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"data_format",name:"dataFormat",type:"string",defaultValue:"NHWC"},{tfName:"explicit_paddings",name:"explicitPaddings",type:"number[]",defaultValue:[]},{tfName:"dilations",name:"dilations",type:"number[]"}]},{tfOpName:"FusedDepthwiseConv2dNative",category:"convolution",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"filter",type:"tensor"},{start:2,end:0,name:"args",type:"tensors"}],attrs:[{tfName:"num_args",name:"numArgs",type:"number"},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0},{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"data_format",name:"dataFormat",type:"string",defaultValue:"NHWC"},{tfName:"dilations",name:"dilations",type:"number[]",defaultValue:[1,1,1,1]},{tfName:"fused_ops",name:"fusedOps",type:"string[]",defaultValue:[]},{tfName:"explicit_paddings",name:"explicitPaddings",type:"number[]",defaultValue:[]}]},{tfOpName:"Conv3D",category:"convolution",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"filter",type:"tensor"}],attrs:[{tfName:"strides",name:"strides",type:"number[]"},{tfName:"padding",name:"pad",type:"string"},{tfName:"data_format",name:"dataFormat",type:"string",defaultValue:"NHWC"},{tfName:"dilations",name:"dilations",type:"number[]"}]},{tfOpName:"Dilation2D",category:"convolution",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"filter",type:"tensor"}],attrs:[{tfName:"strides",name:"strides",type:"number[]"},{tfName:"rates",name:"dilations",type:"number[]"},{tfName:"padding",name:"pad",type:"string"}]}];var Lx={};Bt(Lx,{json:()=>m_});var m_=[{tfOpName:"Fill",category:"creation",inputs:[{start:0,name:"shape",type:"number[]"},{start:1,name:"value",type:"number"}],attrs:[{tfName:"T",name:"dtype",type:"dtype"}]},{tfOpName:"LinSpace",category:"creation",inputs:[{start:0,name:"start",type:"number"},{start:1,name:"stop",type:"number"},{start:2,name:"num",type:"number"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"OneHot",category:"creation",inputs:[{start:0,name:"indices",type:"tensor"},{start:1,name:"depth",type:"number"},{start:2,name:"onValue",type:"number",defaultValue:1},{start:3,name:"offValue",type:"number",defaultValue:0}],attrs:[{tfName:"axis",name:"axis",type:"number",notSupported:!0},{tfName:"T",name:"dtype",type:"dtype"}]},{tfOpName:"Ones",category:"creation",inputs:[{start:0,name:"shape",type:"number[]"}],attrs:[{tfName:"T",name:"dtype",type:"dtype"}]},{tfOpName:"OnesLike",category:"creation",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"dtype",name:"dtype",type:"dtype"}]},{tfOpName:"RandomStandardNormal",category:"creation",inputs:[{start:0,name:"shape",type:"number[]"}],attrs:[{tfName:"seed",name:"seed",type:"number",defaultValue:0},{tfName:"seed2",name:"seed2",type:"number",defaultValue:0,notSupported:!0},{tfName:"dtype",name:"dtype",type:"dtype"},{tfName:"T",name:"T",type:"number",notSupported:!0}]},{tfOpName:"RandomUniform",category:"creation",inputs:[{start:0,name:"shape",type:"number[]"}],attrs:[{tfName:"minval",name:"minval",type:"number",defaultValue:0},{tfName:"maxval",name:"maxval",type:"number",defaultValue:1},{tfName:"dtype",name:"dtype",type:"dtype"},{tfName:"seed",name:"seed",type:"number",defaultValue:0},{tfName:"seed2",name:"seed2",type:"number",defaultValue:0,notSupported:!0},{tfName:"T",name:"T",type:"number",notSupported:!0}]},{tfOpName:"RandomUniformInt",category:"creation",inputs:[{start:0,name:"shape",type:"number[]"}],attrs:[{tfName:"minval",name:"minval",type:"number"},{tfName:"maxval",name:"maxval",type:"number"},{tfName:"seed",name:"seed",type:"number",defaultValue:0},{tfName:"seed2",name:"seed2",type:"number",defaultValue:0,notSupported:!0}]},{tfOpName:"Range",category:"creation",inputs:[{start:0,name:"start",type:"number"},{start:1,name:"stop",type:"number"},{start:2,name:"step",type:"number",defaultValue:0}],attrs:[{tfName:"Tidx",name:"dtype",type:"dtype"}]},{tfOpName:"TruncatedNormal",category:"creation",inputs:[{start:0,name:"shape",type:"number[]"}],attrs:[{tfName:"means",name:"mean",type:"number",defaultValue:0},{tfName:"stddev",name:"stdDev",type:"number",defaultValue:1},{tfName:"seed",name:"seed",type:"number"},{tfName:"seed2",name:"seed2",type:"number",defaultValue:0,notSupported:!0},{tfName:"dtype",name:"dtype",type:"dtype"},{tfName:"T",name:"T",type:"number",notSupported:!0}]},{tfOpName:"Zeros",category:"creation",inputs:[{start:0,name:"shape",type:"number[]"}],attrs:[{tfName:"T",name:"dtype",type:"dtype"}]},{tfOpName:"ZerosLike",category:"creation",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype"}]},{tfOpName:"Multinomial",category:"creation",inputs:[{start:0,name:"logits",type:"tensor"},{start:1,name:"numSamples",type:"number"}],attrs:[{tfName:"seed",name:"seed",type:"number"},{tfName:"seed2",name:"seed2",type:"number"},{tfName:"T",name:"dtype",type:"dtype"},{tfName:"output_dtype",name:"output_dtype",type:"dtype"}]}];var zx={};Bt(zx,{json:()=>d_});var d_=[{tfOpName:"NonMaxSuppressionV2",category:"dynamic",inputs:[{start:0,name:"boxes",type:"tensor"},{start:1,name:"scores",type:"tensor"},{start:2,name:"maxOutputSize",type:"number"},{start:3,name:"iouThreshold",type:"number"}]},{tfOpName:"NonMaxSuppressionV3",category:"dynamic",inputs:[{start:0,name:"boxes",type:"tensor"},{start:1,name:"scores",type:"tensor"},{start:2,name:"maxOutputSize",type:"number"},{start:3,name:"iouThreshold",type:"number"},{start:4,name:"scoreThreshold",type:"number"}]},{tfOpName:"NonMaxSuppressionV4",category:"dynamic",inputs:[{start:0,name:"boxes",type:"tensor"},{start:1,name:"scores",type:"tensor"},{start:2,name:"maxOutputSize",type:"number"},{start:3,name:"iouThreshold",type:"number"},{start:4,name:"scoreThreshold",type:"number"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0},{tfName:"T_threshold",name:"threshold",type:"dtype",notSupported:!0},{tfName:"pad_to_max_output_size",name:"padToMaxOutputSize",type:"bool"}]},{tfOpName:"NonMaxSuppressionV5",category:"dynamic",inputs:[{start:0,name:"boxes",type:"tensor"},{start:1,name:"scores",type:"tensor"},{start:2,name:"maxOutputSize",type:"number"},{start:3,name:"iouThreshold",type:"number"},{start:4,name:"scoreThreshold",type:"number"},{start:5,name:"softNmsSigma",type:"number"}]},{tfOpName:"Where",category:"dynamic",inputs:[{start:0,name:"condition",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"ListDiff",category:"dynamic",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"y",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]}];var Px={};Bt(Px,{json:()=>f_});var f_=[{tfOpName:"LowerBound",category:"evaluation",inputs:[{start:0,name:"sortedSequence",type:"tensor"},{start:1,name:"values",type:"tensor"}]},{tfOpName:"TopKV2",category:"evaluation",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"k",type:"number"}],attrs:[{tfName:"sorted",name:"sorted",type:"bool"}]},{tfOpName:"UpperBound",category:"evaluation",inputs:[{start:0,name:"sortedSequence",type:"tensor"},{start:1,name:"values",type:"tensor"}]},{tfOpName:"Unique",category:"evaluation",inputs:[{start:0,name:"x",type:"tensor"}]},{tfOpName:"UniqueV2",category:"evaluation",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number"}]}];var Vx={};Bt(Vx,{json:()=>h_});var h_=[{tfOpName:"PlaceholderWithDefault",category:"graph",inputs:[{start:0,name:"default",type:"tensor"}],attrs:[{tfName:"shape",name:"shape",type:"shape"},{tfName:"dtype",name:"dtype",type:"dtype"}]},{tfOpName:"Placeholder",category:"graph",attrs:[{tfName:"shape",name:"shape",type:"shape"},{tfName:"dtype",name:"dtype",type:"dtype"}]},{tfOpName:"Const",category:"graph"},{tfOpName:"Identity",category:"graph",inputs:[{start:0,name:"x",type:"tensor"}]},{tfOpName:"IdentityN",category:"graph",inputs:[{start:0,end:0,name:"x",type:"tensors"}]},{tfOpName:"Snapshot",category:"graph",inputs:[{start:0,name:"x",type:"tensor"}]},{tfOpName:"Rank",category:"graph",inputs:[{start:0,name:"x",type:"tensor"}]},{tfOpName:"Size",category:"graph",inputs:[{start:0,name:"x",type:"tensor"}]},{tfOpName:"Shape",category:"graph",inputs:[{start:0,name:"x",type:"tensor"}]},{tfOpName:"ShapeN",category:"graph",inputs:[{start:0,end:0,name:"x",type:"tensors"}]},{tfOpName:"Print",category:"graph",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"data",type:"tensors"}],attrs:[{tfName:"message",name:"message",type:"string"},{tfName:"first_n",name:"firstN",type:"number",notSupported:!0},{tfName:"summarize",name:"summarize",type:"number",defaultValue:3}]},{tfOpName:"NoOp",category:"graph",inputs:[]},{tfOpName:"StopGradient",category:"graph",inputs:[{start:0,name:"x",type:"tensor"}]},{tfOpName:"FakeQuantWithMinMaxVars",category:"graph",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"min",name:"min",type:"number"},{tfName:"max",name:"max",type:"number"}]}];var Bx={};Bt(Bx,{json:()=>g_});var g_=[{tfOpName:"HashTable",category:"hash_table",inputs:[],attrs:[{tfName:"shared_name",name:"sharedName",type:"string"},{tfName:"use_node_name_sharing",name:"useNodeNameSharing",type:"bool"},{tfName:"key_dtype",name:"keyDType",type:"dtype"},{tfName:"value_dtype",name:"valueDType",type:"dtype"}]},{tfOpName:"HashTableV2",category:"hash_table",inputs:[],attrs:[{tfName:"shared_name",name:"sharedName",type:"string"},{tfName:"use_node_name_sharing",name:"useNodeNameSharing",type:"bool"},{tfName:"key_dtype",name:"keyDType",type:"dtype"},{tfName:"value_dtype",name:"valueDType",type:"dtype"}]},{tfOpName:"LookupTableImport",category:"hash_table",inputs:[{start:0,name:"tableHandle",type:"tensor"},{start:1,name:"keys",type:"tensor"},{start:2,name:"values",type:"tensor"}],attrs:[{tfName:"Tin",name:"tIn",type:"dtype",notSupported:!0},{tfName:"Tout",name:"tOut",type:"dtype",notSupported:!0}]},{tfOpName:"LookupTableImportV2",category:"hash_table",inputs:[{start:0,name:"tableHandle",type:"tensor"},{start:1,name:"keys",type:"tensor"},{start:2,name:"values",type:"tensor"}],attrs:[{tfName:"Tin",name:"tIn",type:"dtype",notSupported:!0},{tfName:"Tout",name:"tOut",type:"dtype",notSupported:!0}]},{tfOpName:"LookupTableFind",category:"hash_table",inputs:[{start:0,name:"tableHandle",type:"tensor"},{start:1,name:"keys",type:"tensor"},{start:2,name:"defaultValue",type:"tensor"}],attrs:[{tfName:"Tin",name:"tIn",type:"dtype",notSupported:!0},{tfName:"Tout",name:"tOut",type:"dtype",notSupported:!0}]},{tfOpName:"LookupTableFindV2",category:"hash_table",inputs:[{start:0,name:"tableHandle",type:"tensor"},{start:1,name:"keys",type:"tensor"},{start:2,name:"defaultValue",type:"tensor"}],attrs:[{tfName:"Tin",name:"tIn",type:"dtype",notSupported:!0},{tfName:"Tout",name:"tOut",type:"dtype",notSupported:!0}]},{tfOpName:"LookupTableSize",category:"hash_table",inputs:[{start:0,name:"tableHandle",type:"tensor"}]},{tfOpName:"LookupTableSizeV2",category:"hash_table",inputs:[{start:0,name:"tableHandle",type:"tensor"}]},{tfOpName:"InitializeTable",category:"hash_table",inputs:[{start:0,name:"tableHandle",type:"tensor"},{start:1,name:"keys",type:"tensor"},{start:2,name:"values",type:"tensor"}]},{tfOpName:"InitializeTableV2",category:"hash_table",inputs:[{start:0,name:"tableHandle",type:"tensor"},{start:1,name:"keys",type:"tensor"},{start:2,name:"values",type:"tensor"}]}];var Mx={};Bt(Mx,{json:()=>x_});var x_=[{tfOpName:"ResizeBilinear",category:"image",inputs:[{start:0,name:"images",type:"tensor"},{start:1,name:"size",type:"number[]"}],attrs:[{tfName:"align_corners",name:"alignCorners",type:"bool"},{tfName:"half_pixel_centers",name:"halfPixelCenters",type:"bool"},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"ResizeNearestNeighbor",category:"image",inputs:[{start:0,name:"images",type:"tensor"},{start:1,name:"size",type:"number[]"}],attrs:[{tfName:"align_corners",name:"alignCorners",type:"bool"},{tfName:"half_pixel_centers",name:"halfPixelCenters",type:"bool"},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"CropAndResize",category:"image",inputs:[{start:0,name:"image",type:"tensor"},{start:1,name:"boxes",type:"tensor"},{start:2,name:"boxInd",type:"tensor"},{start:3,name:"cropSize",type:"number[]"}],attrs:[{tfName:"method",name:"method",type:"string"},{tfName:"extrapolation_value",name:"extrapolationValue",type:"number"}]},{tfOpName:"ImageProjectiveTransformV3",category:"image",inputs:[{start:0,name:"images",type:"tensor"},{start:1,name:"transforms",type:"tensor"},{start:2,name:"outputShape",type:"number[]"},{start:3,name:"fillValue",type:"number"}],attrs:[{tfName:"interpolation",name:"interpolation",type:"string"},{tfName:"fill_mode",name:"fillMode",type:"string"}]}];var Gx={};Bt(Gx,{json:()=>y_});var y_=[{tfOpName:"Equal",category:"logical",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"NotEqual",category:"logical",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Greater",category:"logical",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"GreaterEqual",category:"logical",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Less",category:"logical",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"LessEqual",category:"logical",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"LogicalAnd",category:"logical",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"LogicalNot",category:"logical",inputs:[{start:0,name:"a",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"LogicalOr",category:"logical",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Select",category:"logical",inputs:[{start:0,name:"condition",type:"tensor"},{start:1,name:"a",type:"tensor"},{start:2,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"SelectV2",category:"logical",inputs:[{start:0,name:"condition",type:"tensor"},{start:1,name:"a",type:"tensor"},{start:2,name:"b",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"BitwiseAnd",category:"logical",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"y",type:"tensor"}]}];var Wx={};Bt(Wx,{json:()=>b_});var b_=[{tfOpName:"_FusedMatMul",category:"matrices",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"},{start:2,end:0,name:"args",type:"tensors"}],attrs:[{tfName:"num_args",name:"numArgs",type:"number"},{tfName:"fused_ops",name:"fusedOps",type:"string[]",defaultValue:[]},{tfName:"epsilon",name:"epsilon",type:"number",defaultValue:1e-4},{tfName:"transpose_a",name:"transposeA",type:"bool",defaultValue:!1},{tfName:"transpose_b",name:"transposeB",type:"bool",defaultValue:!1},{tfName:"leakyrelu_alpha",name:"leakyreluAlpha",type:"number",defaultValue:.2},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"MatMul",category:"matrices",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"transpose_a",name:"transposeA",type:"bool",defaultValue:!1},{tfName:"transpose_b",name:"transposeB",type:"bool",defaultValue:!1},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"BatchMatMul",category:"matrices",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"adj_x",name:"transposeA",type:"bool",defaultValue:!1},{tfName:"adj_y",name:"transposeB",type:"bool",defaultValue:!1},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"BatchMatMulV2",category:"matrices",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"b",type:"tensor"}],attrs:[{tfName:"adj_x",name:"transposeA",type:"bool",defaultValue:!1},{tfName:"adj_y",name:"transposeB",type:"bool",defaultValue:!1},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Transpose",category:"matrices",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"perm",type:"number[]"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Einsum",category:"matrices",inputs:[{start:0,end:0,name:"tensors",type:"tensors"}],attrs:[{tfName:"equation",name:"equation",type:"string"},{tfName:"N",name:"n",type:"number",defaultValue:2},{tfName:"T",name:"dtype",type:"dtype"}]},{tfOpName:"MatrixBandPart",category:"matrices",inputs:[{start:0,name:"a",type:"tensor"},{start:1,name:"numLower",type:"tensor"},{start:1,name:"numUpper",type:"tensor"}]}];var Ux={};Bt(Ux,{json:()=>C_});var C_=[{tfOpName:"EuclideanNorm",category:"normalization",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number[]"}],attrs:[{tfName:"keep_dims",name:"keepDims",type:"bool",defaultValue:!1}]},{tfOpName:"FusedBatchNorm",category:"normalization",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"scale",type:"tensor"},{start:2,name:"offset",type:"tensor"},{start:3,name:"mean",type:"tensor"},{start:4,name:"variance",type:"tensor"}],attrs:[{tfName:"epsilon",name:"epsilon",type:"number",defaultValue:.001},{tfName:"data_format",name:"dataFormat",type:"string",notSupported:!0}]},{tfOpName:"FusedBatchNormV2",category:"normalization",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"scale",type:"tensor"},{start:2,name:"offset",type:"tensor"},{start:3,name:"mean",type:"tensor"},{start:4,name:"variance",type:"tensor"}],attrs:[{tfName:"epsilon",name:"epsilon",type:"number",defaultValue:.001},{tfName:"data_format",name:"dataFormat",type:"string",notSupported:!0}]},{tfOpName:"FusedBatchNormV3",category:"normalization",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"scale",type:"tensor"},{start:2,name:"offset",type:"tensor"},{start:3,name:"mean",type:"tensor"},{start:4,name:"variance",type:"tensor"}],attrs:[{tfName:"epsilon",name:"epsilon",type:"number",defaultValue:.001},{tfName:"data_format",name:"dataFormat",type:"string",notSupported:!0}]},{tfOpName:"LRN",category:"normalization",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"depth_radius",name:"radius",type:"number",defaultValue:5},{tfName:"bias",name:"bias",type:"number",defaultValue:1},{tfName:"alpha",name:"alpha",type:"number",defaultValue:1},{tfName:"beta",name:"beta",type:"number",defaultValue:.5}]},{tfOpName:"Softmax",category:"normalization",inputs:[{start:0,name:"x",type:"tensor"}]},{tfOpName:"LogSoftmax",category:"normalization",inputs:[{start:0,name:"x",type:"tensor"}]}];var Hx={};Bt(Hx,{json:()=>w_});var w_=[{tfOpName:"Bincount",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"size",type:"number"},{start:2,name:"weights",type:"tensor"}]},{tfOpName:"DenseBincount",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"size",type:"number"},{start:2,name:"weights",type:"tensor"}],attrs:[{tfName:"binary_output",name:"binaryOutput",type:"bool"}]},{tfOpName:"Max",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number[]"}],attrs:[{tfName:"keep_dims",name:"keepDims",type:"bool"}]},{tfOpName:"Mean",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number[]"}],attrs:[{tfName:"keep_dims",name:"keepDims",type:"bool"}]},{tfOpName:"Min",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number[]"}],attrs:[{tfName:"keep_dims",name:"keepDims",type:"bool"}]},{tfOpName:"Sum",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number[]"}],attrs:[{tfName:"keep_dims",name:"keepDims",type:"bool"}]},{tfOpName:"All",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number[]"}],attrs:[{tfName:"keep_dims",name:"keepDims",type:"bool"}]},{tfOpName:"Any",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number[]"}],attrs:[{tfName:"keep_dims",name:"keepDims",type:"bool"}]},{tfOpName:"ArgMax",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number"}]},{tfOpName:"ArgMin",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number"}]},{tfOpName:"Prod",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number[]"}],attrs:[{tfName:"keep_dims",name:"keepDims",type:"bool"},{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"Cumprod",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number"}],attrs:[{tfName:"exclusive",name:"exclusive",type:"bool"},{tfName:"reverse",name:"reverse",type:"bool"}]},{tfOpName:"Cumsum",category:"reduction",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number"}],attrs:[{tfName:"exclusive",name:"exclusive",type:"bool"},{tfName:"reverse",name:"reverse",type:"bool"}]}];var Kx={};Bt(Kx,{json:()=>N_});var N_=[{tfOpName:"ConcatV2",category:"slice_join",inputs:[{start:0,end:-1,name:"tensors",type:"tensors"},{start:-1,name:"axis",type:"number"}],attrs:[{tfName:"N",name:"n",type:"number",defaultValue:2}]},{tfOpName:"Concat",category:"slice_join",inputs:[{start:1,end:0,name:"tensors",type:"tensors"},{start:0,name:"axis",type:"number"}],attrs:[{tfName:"N",name:"n",type:"number",defaultValue:2}]},{tfOpName:"GatherV2",category:"slice_join",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"indices",type:"tensor"},{start:2,name:"axis",type:"number",defaultValue:0}],attrs:[{tfName:"batch_dims",name:"batchDims",type:"number",defaultValue:0}]},{tfOpName:"Gather",category:"slice_join",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"indices",type:"tensor"}],attrs:[{tfName:"validate_indices",name:"validateIndices",type:"bool",notSupported:!0}]},{tfOpName:"Reverse",category:"slice_join",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"dims",type:"bool[]"}]},{tfOpName:"ReverseV2",category:"slice_join",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number[]"}]},{tfOpName:"Slice",category:"slice_join",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"begin",type:"number[]"},{start:2,name:"size",type:"number[]"}]},{tfOpName:"StridedSlice",category:"slice_join",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"begin",type:"number[]"},{start:2,name:"end",type:"number[]"},{start:3,name:"strides",type:"number[]"}],attrs:[{tfName:"begin_mask",name:"beginMask",type:"number",defaultValue:0},{tfName:"end_mask",name:"endMask",type:"number",defaultValue:0},{tfName:"new_axis_mask",name:"newAxisMask",type:"number",defaultValue:0},{tfName:"ellipsis_mask",name:"ellipsisMask",type:"number",defaultValue:0},{tfName:"shrink_axis_mask",name:"shrinkAxisMask",type:"number",defaultValue:0}]},{tfOpName:"Pack",category:"slice_join",inputs:[{start:0,end:0,name:"tensors",type:"tensors"}],attrs:[{tfName:"axis",name:"axis",type:"number",defaultValue:0}]},{tfOpName:"Unpack",category:"slice_join",inputs:[{start:0,name:"tensor",type:"tensor"}],attrs:[{tfName:"axis",name:"axis",type:"number",defaultValue:0},{tfName:"num",name:"num",type:"number",defaultValue:0,notSupported:!0}]},{tfOpName:"Tile",category:"slice_join",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"reps",type:"number[]"}]},{tfOpName:"Split",category:"slice_join",inputs:[{start:0,name:"axis",type:"number",defaultValue:0},{start:1,name:"x",type:"tensor"}],attrs:[{tfName:"num_split",name:"numOrSizeSplits",type:"number",defaultValue:1}]},{tfOpName:"SplitV",category:"slice_join",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"numOrSizeSplits",type:"number[]"},{start:2,name:"axis",type:"number",defaultValue:0}]},{tfOpName:"ScatterNd",category:"slice_join",inputs:[{start:0,name:"indices",type:"tensor"},{start:1,name:"values",type:"tensor"},{start:2,name:"shape",type:"number[]"}]},{tfOpName:"GatherNd",category:"slice_join",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"indices",type:"tensor"}]},{tfOpName:"SparseToDense",category:"slice_join",inputs:[{start:0,name:"sparseIndices",type:"tensor"},{start:1,name:"outputShape",type:"number[]"},{start:2,name:"sparseValues",type:"tensor"},{start:3,name:"defaultValue",type:"tensor"}],attrs:[{tfName:"validate_indices",name:"validateIndices",type:"bool",defaultValue:!1,notSupported:!0}]},{tfOpName:"TensorScatterUpdate",category:"slice_join",inputs:[{start:0,name:"tensor",type:"tensor"},{start:1,name:"indices",type:"tensor"},{start:2,name:"values",type:"tensor"}]}];var qx={};Bt(qx,{json:()=>S_});var S_=[{tfOpName:"SparseFillEmptyRows",category:"sparse",inputs:[{start:0,name:"indices",type:"tensor"},{start:1,name:"values",type:"tensor"},{start:2,name:"denseShape",type:"tensor"},{start:3,name:"defaultValue",type:"tensor"}]},{tfOpName:"SparseReshape",category:"sparse",inputs:[{start:0,name:"inputIndices",type:"tensor"},{start:1,name:"inputShape",type:"tensor"},{start:2,name:"newShape",type:"tensor"}],attrs:[{tfName:"T",name:"dtype",type:"dtype",notSupported:!0}]},{tfOpName:"SparseSegmentMean",category:"sparse",inputs:[{start:0,name:"data",type:"tensor"},{start:1,name:"indices",type:"tensor"},{start:2,name:"segmentIds",type:"tensor"}]},{tfOpName:"SparseSegmentSum",category:"sparse",inputs:[{start:0,name:"data",type:"tensor"},{start:1,name:"indices",type:"tensor"},{start:2,name:"segmentIds",type:"tensor"}]}];var jx={};Bt(jx,{json:()=>I_});var I_=[{tfOpName:"FFT",category:"spectral",inputs:[{start:0,name:"x",type:"tensor"}]},{tfOpName:"IFFT",category:"spectral",inputs:[{start:0,name:"x",type:"tensor"}]},{tfOpName:"RFFT",category:"spectral",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"fft_length",type:"number",notSupported:!0}]},{tfOpName:"IRFFT",category:"spectral",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"fft_length",type:"number",notSupported:!0}]}];var Xx={};Bt(Xx,{json:()=>v_});var v_=[{tfOpName:"StaticRegexReplace",category:"string",inputs:[{start:0,name:"input",type:"tensor"}],attrs:[{tfName:"pattern",name:"pattern",type:"string"},{tfName:"rewrite",name:"rewrite",type:"string"},{tfName:"replace_global",name:"replaceGlobal",type:"bool"}]},{tfOpName:"StringNGrams",category:"string",inputs:[{start:0,name:"data",type:"tensor"},{start:1,name:"dataSplits",type:"tensor"}],attrs:[{tfName:"separator",name:"separator",type:"string"},{tfName:"ngram_widths",name:"nGramWidths",type:"number[]"},{tfName:"left_pad",name:"leftPad",type:"string"},{tfName:"right_pad",name:"rightPad",type:"string"},{tfName:"pad_width",name:"padWidth",type:"number"},{tfName:"preserve_short_sequences",name:"preserveShortSequences",type:"bool"}],outputs:["ngrams","ngrams_splits"]},{tfOpName:"StringSplit",category:"string",inputs:[{start:0,name:"input",type:"tensor"},{start:1,name:"delimiter",type:"tensor"}],attrs:[{tfName:"skip_empty",name:"skipEmpty",type:"bool"}],outputs:["indices","values","shape"]},{tfOpName:"StringToHashBucketFast",category:"string",inputs:[{start:0,name:"input",type:"tensor"}],attrs:[{tfName:"num_buckets",name:"numBuckets",type:"number"}]}];var Yx={};Bt(Yx,{json:()=>T_});var T_=[{tfOpName:"Cast",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"SrcT",name:"sdtype",type:"dtype",notSupported:!0},{tfName:"DstT",name:"dtype",type:"dtype"}]},{tfOpName:"ExpandDims",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"axis",type:"number"}]},{tfOpName:"MirrorPad",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"padding",type:"number[]"}],attrs:[{tfName:"mode",name:"mode",type:"string"}]},{tfOpName:"Pad",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"padding",type:"number[]"}],attrs:[{tfName:"constant_value",name:"constantValue",type:"number",defaultValue:0}]},{tfOpName:"PadV2",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"padding",type:"number[]"},{start:2,name:"constantValue",type:"number",defaultValue:0}]},{tfOpName:"Reshape",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"shape",type:"number[]"}]},{tfOpName:"EnsureShape",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"shape",type:"number[]"}]},{tfOpName:"Squeeze",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"axis",tfDeprecatedName:"squeeze_dims",name:"axis",type:"number[]"}]},{tfOpName:"SpaceToBatchND",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"blockShape",type:"number[]"},{start:2,name:"paddings",type:"number[]"}]},{tfOpName:"BatchToSpaceND",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"blockShape",type:"number[]"},{start:2,name:"crops",type:"number[]"}]},{tfOpName:"DepthToSpace",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"}],attrs:[{tfName:"block_size",name:"blockSize",type:"number"},{tfName:"data_format",name:"dataFormat",type:"string"}]},{tfOpName:"BroadcastTo",category:"transformation",inputs:[{start:0,name:"x",type:"tensor"},{start:1,name:"shape",type:"number[]"}],attrs:[]},{tfOpName:"BroadcastArgs",category:"transformation",inputs:[{start:0,name:"s0",type:"tensor"},{start:1,name:"s1",type:"tensor"}],attrs:[]}];var tc=class{static get Instance(){return this._instance||(this._instance=new this)}constructor(){let t=[Dx,Ox,Fx,_x,Lx,zx,Px,Vx,Bx,Mx,Gx,Wx,Ux,Hx,Kx,qx,jx,Xx,Yx],e=[].concat(...t.map(s=>s.json));this.opMappers=e.reduce((s,n)=>(s[n.tfOpName]=n,s),{})}transformGraph(t,e={}){let s=t.node,n=[],o=[],i=[],a=s.reduce((h,g)=>(h[g.name]=this.mapNode(g),g.op.startsWith("Placeholder")?n.push(h[g.name]):g.op==="Const"?o.push(h[g.name]):(g.input==null||g.input.length===0)&&i.push(h[g.name]),h),{}),l=[],u=[],c={},p={};e!=null&&(c=this.mapSignatureEntries(e.inputs),p=this.mapSignatureEntries(e.outputs));let m=Object.keys(a);m.forEach(h=>{let g=a[h];g.inputNames.forEach((x,y)=>{let[N,,w]=Xr(x),I=a[N];if(I.outputs!=null){let T=I.outputs.indexOf(w);if(T!==-1){let A=`${N}:${T}`;g.inputNames[y]=A}}g.inputs.push(I),I.children.push(g)})}),Object.keys(p).length===0?m.forEach(h=>{let g=a[h];g.children.length===0&&u.push(g)}):Object.keys(p).forEach(h=>{let[g]=Xr(h),x=a[g];x!=null&&(x.signatureKey=p[h],u.push(x))}),Object.keys(c).length>0?Object.keys(c).forEach(h=>{let[g]=Xr(h),x=a[g];x&&(x.signatureKey=c[h],l.push(x))}):l=n;let d={};t.library!=null&&t.library.function!=null&&(d=t.library.function.reduce((h,g)=>(h[g.signature.name]=this.mapFunction(g),h),{}));let f={nodes:a,inputs:l,outputs:u,weights:o,placeholders:n,signature:e,functions:d};return i.length>0&&(f.initNodes=i),f}mapSignatureEntries(t){return Object.keys(t||{}).reduce((e,s)=>(e[t[s].name]=s,e),{})}mapNode(t){let e=ud(t.op)||this.opMappers[t.op]||{};t.attr==null&&(t.attr={});let s={name:t.name,op:t.op,category:e.category,inputNames:(t.input||[]).map(n=>n.startsWith("^")?n.slice(1):n),inputs:[],children:[],inputParams:{},attrParams:{},rawAttrs:t.attr,outputs:e.outputs};return e.inputs!=null&&(s.inputParams=e.inputs.reduce((n,o)=>(n[o.name]={type:o.type,inputIndexStart:o.start,inputIndexEnd:o.end},n),{})),e.attrs!=null&&(s.attrParams=e.attrs.reduce((n,o)=>{let i=o.type,a;switch(o.type){case"string":a=pd(t.attr,o.tfName,o.defaultValue),a===void 0&&o.tfDeprecatedName&&(a=pd(t.attr,o.tfDeprecatedName,o.defaultValue));break;case"string[]":a=yd(t.attr,o.tfName,o.defaultValue),a===void 0&&o.tfDeprecatedName&&(a=yd(t.attr,o.tfDeprecatedName,o.defaultValue));break;case"number":a=dd(t.attr,o.tfName,o.defaultValue||0),a===void 0&&o.tfDeprecatedName&&(a=dd(t.attr,o.tfDeprecatedName,o.defaultValue));break;case"number[]":a=xd(t.attr,o.tfName,o.defaultValue),a===void 0&&o.tfDeprecatedName&&(a=xd(t.attr,o.tfDeprecatedName,o.defaultValue));break;case"bool":a=md(t.attr,o.tfName,o.defaultValue),a===void 0&&o.tfDeprecatedName&&(a=md(t.attr,o.tfDeprecatedName,o.defaultValue));break;case"bool[]":a=Cd(t.attr,o.tfName,o.defaultValue),a===void 0&&o.tfDeprecatedName&&(a=Cd(t.attr,o.tfDeprecatedName,o.defaultValue));break;case"shape":a=gd(t.attr,o.tfName,o.defaultValue),a===void 0&&o.tfDeprecatedName&&(a=gd(t.attr,o.tfDeprecatedName,o.defaultValue));break;case"shape[]":a=bd(t.attr,o.tfName,o.defaultValue),a===void 0&&o.tfDeprecatedName&&(a=bd(t.attr,o.tfDeprecatedName,o.defaultValue));break;case"dtype":a=fd(t.attr,o.tfName,o.defaultValue),a===void 0&&o.tfDeprecatedName&&(a=fd(t.attr,o.tfDeprecatedName,o.defaultValue));break;case"dtype[]":a=hd(t.attr,o.tfName,o.defaultValue),a===void 0&&o.tfDeprecatedName&&(a=hd(t.attr,o.tfDeprecatedName,o.defaultValue));break;case"func":a=zI(t.attr,o.tfName,o.defaultValue),a===void 0&&o.tfDeprecatedName&&(a=zI(t.attr,o.tfDeprecatedName,o.defaultValue));break;case"tensor":case"tensors":break;default:throw new Error(`Unsupported param type: ${o.type} for op: ${t.op}`)}return n[o.name]={value:a,type:i},n},{})),s}mapFunction(t){let e=t.nodeDef,s=[],n=[],o={};e!=null&&(o=e.reduce((p,m)=>(p[m.name]=this.mapNode(m),m.op==="Const"&&n.push(p[m.name]),p),{}));let i=[],a=[];t.signature.inputArg.forEach(p=>{let[m]=Xr(p.name),d={name:m,op:"Placeholder",inputs:[],inputNames:[],category:"graph",inputParams:{},attrParams:{dtype:{value:Qx(p.type),type:"dtype"}},children:[]};d.signatureKey=p.name,i.push(d),o[m]=d}),Object.keys(o).forEach(p=>{let m=o[p];m.inputNames.forEach((d,f)=>{let[h,,g]=Xr(d),x=o[h];if(x.outputs!=null){let y=x.outputs.indexOf(g);if(y!==-1){let N=`${h}:${y}`;m.inputNames[f]=N}}m.inputs.push(x),x.children.push(m)})});let u=t.ret;t.signature.outputArg.forEach(p=>{let[m,d]=Xr(u[p.name]),f=o[m];f!=null&&(f.defaultOutput=d,a.push(f))});let c=this.mapArgsToSignature(t);return{nodes:o,inputs:i,outputs:a,weights:n,placeholders:s,signature:c}}mapArgsToSignature(t){return{methodName:t.signature.name,inputs:t.signature.inputArg.reduce((e,s)=>(e[s.name]=this.mapArgToTensorInfo(s),e),{}),outputs:t.signature.outputArg.reduce((e,s)=>(e[s.name]=this.mapArgToTensorInfo(s,t.ret),e),{})}}mapArgToTensorInfo(t,e){let s=t.name;return e!=null&&(s=e[s]),{name:s,dtype:t.type}}};function k_(r){let t=O().global;if(typeof t.atob<"u")return t.atob(r);if(typeof Buffer<"u")return new Buffer(r,"base64").toString();throw new Error("Unable to decode base64 in this environment. Missing built-in atob() or Buffer()")}function PI(r,t){let e=Array.isArray(r)?String.fromCharCode.apply(null,r):k_(r);return t?e:e.toLowerCase()}function pd(r,t,e,s=!1){let n=r[t];return n!=null?PI(n.s,s):e}function md(r,t,e){let s=r[t];return s?s.b:e}function dd(r,t,e){let s=r[t]||{},n=s.i!=null?s.i:s.f!=null?s.f:e;return typeof n=="number"?n:parseInt(n,10)}function Qx(r){switch(typeof r=="string"&&(r=Ye[r]),r){case Ye.DT_FLOAT:case Ye.DT_HALF:return"float32";case Ye.DT_INT32:case Ye.DT_INT64:case Ye.DT_INT8:case Ye.DT_UINT8:return"int32";case Ye.DT_BOOL:return"bool";case Ye.DT_DOUBLE:return"float32";case Ye.DT_STRING:return"string";case Ye.DT_COMPLEX64:case Ye.DT_COMPLEX128:return"complex64";default:return null}}function zI(r,t,e){let s=r[t];return s&&s.func?s.func.name:e}function fd(r,t,e){let s=r[t];return s&&s.type?Qx(s.type):e}function hd(r,t,e){let s=r[t];return s&&s.list&&s.list.type?s.list.type.map(n=>Qx(n)):e}function VI(r){if(!r.unknownRank)return r.dim!=null?r.dim.map(t=>typeof t.size=="number"?t.size:parseInt(t.size,10)):[]}function gd(r,t,e){let s=r[t];return s&&s.shape?VI(s.shape):e}function xd(r,t,e){let s=r[t];return s?((s.list.f&&s.list.f.length?s.list.f:s.list.i)||[]).map(n=>typeof n=="number"?n:parseInt(n,10)):e}function yd(r,t,e,s=!1){let n=r[t];return n&&n.list&&n.list.s?n.list.s.map(o=>PI(o,s)):e}function bd(r,t,e){let s=r[t];return s&&s.list&&s.list.shape?s.list.shape.map(n=>VI(n)):e}function Cd(r,t,e){let s=r[t];return s&&s.list&&s.list.b?s.list.b:e}var wd=class{constructor(t,e,s){this.node=t,this.tensorMap=e,this.context=s,this.inputs=[],this.attrs={},this.inputs=t.inputNames.map(n=>this.getInput(n)),t.rawAttrs!=null&&(this.attrs=Object.keys(t.rawAttrs).reduce((n,o)=>(n[o]=this.getAttr(o),n),{}))}getInput(t){return ue(t,this.tensorMap,this.context)}getAttr(t,e){let s=this.node.rawAttrs[t];if(s.tensor!=null)return ue(t,this.tensorMap,this.context);if(s.i!=null||s.f!=null)return dd(this.node.rawAttrs,t,e);if(s.s!=null)return pd(this.node.rawAttrs,t,e);if(s.b!=null)return md(this.node.rawAttrs,t,e);if(s.shape!=null)return gd(this.node.rawAttrs,t,e);if(s.type!=null)return fd(this.node.rawAttrs,t,e);if(s.list!=null){if(s.list.i!=null||s.list.f!=null)return xd(this.node.rawAttrs,t,e);if(s.list.s!=null)return yd(this.node.rawAttrs,t,e);if(s.list.shape!=null)return bd(this.node.rawAttrs,t,e);if(s.list.b!=null)return Cd(this.node.rawAttrs,t,e);if(s.list.type!=null)return hd(this.node.rawAttrs,t,e)}return e}};var vt={};Bt(vt,{OP_SCOPE_SUFFIX:()=>b$,abs:()=>Ir,acos:()=>jh,acosh:()=>Xh,add:()=>Z,addN:()=>S$,all:()=>iu,any:()=>$i,argMax:()=>gs,argMin:()=>Yh,asin:()=>Qh,asinh:()=>Zh,atan:()=>Jh,atan2:()=>tg,atanh:()=>eg,avgPool:()=>au,avgPool3d:()=>rg,basicLSTMCell:()=>I$,batchNorm:()=>sg,batchNorm2d:()=>ng,batchNorm3d:()=>og,batchNorm4d:()=>ig,batchToSpaceND:()=>lu,bincount:()=>v$,bitwiseAnd:()=>T$,booleanMaskAsync:()=>p2,broadcastArgs:()=>k$,broadcastTo:()=>ag,buffer:()=>Tt,cast:()=>j,ceil:()=>lg,clipByValue:()=>Ce,clone:()=>ou,complex:()=>C$,concat:()=>Ke,concat1d:()=>cg,concat2d:()=>pg,concat3d:()=>mg,concat4d:()=>dg,conv1d:()=>uu,conv2d:()=>qs,conv2dTranspose:()=>cu,conv3d:()=>fg,conv3dTranspose:()=>hg,cos:()=>Vn,cosh:()=>pu,cosineWindow:()=>x2,cumprod:()=>Oi,cumsum:()=>mu,denseBincount:()=>Gp,depthToSpace:()=>gg,depthwiseConv2d:()=>du,diag:()=>A$,dilation2d:()=>xg,div:()=>it,divNoNan:()=>yg,dot:()=>bg,dropout:()=>Zg,einsum:()=>E$,elu:()=>Bn,enclosingPowerOfTwo:()=>g2,ensureShape:()=>R$,equal:()=>Oe,erf:()=>fu,euclideanNorm:()=>Ng,exp:()=>qe,expandDims:()=>Fe,expm1:()=>Sg,eye:()=>Up,fft:()=>Gg,fill:()=>ug,floor:()=>Mn,floorDiv:()=>qh,fused:()=>zi,gather:()=>Gn,gatherND:()=>h2,greater:()=>ce,greaterEqual:()=>yr,ifft:()=>Wg,imag:()=>$$,image:()=>_e,inTopKAsync:()=>y2,irfft:()=>Ug,isFinite:()=>Ig,isInf:()=>vg,isNaN:()=>Tg,leakyRelu:()=>gu,less:()=>xu,lessEqual:()=>xs,linalg:()=>Jg,linspace:()=>D$,localResponseNormalization:()=>kg,log:()=>Tr,log1p:()=>yu,logSigmoid:()=>Ag,logSoftmax:()=>bu,logSumExp:()=>Cu,logicalAnd:()=>br,logicalNot:()=>wu,logicalOr:()=>Eg,logicalXor:()=>Rg,losses:()=>w2,lowerBound:()=>_$,matMul:()=>sr,max:()=>Vr,maxPool:()=>Nu,maxPool3d:()=>$g,maxPoolWithArgmax:()=>L$,maximum:()=>kr,mean:()=>Qt,meshgrid:()=>z$,min:()=>hu,minimum:()=>Wn,mirrorPad:()=>Dg,mod:()=>Og,moments:()=>Fi,movingAverage:()=>m2,mul:()=>R,multiRNNCell:()=>P$,multinomial:()=>V$,neg:()=>Lt,norm:()=>wg,notEqual:()=>Ys,oneHot:()=>_i,ones:()=>je,onesLike:()=>he,op:()=>gr,outerProduct:()=>B$,pad:()=>Un,pad1d:()=>M$,pad2d:()=>G$,pad3d:()=>W$,pad4d:()=>U$,pool:()=>Fg,pow:()=>ss,prelu:()=>Iu,print:()=>N$,prod:()=>_g,raggedGather:()=>H$,raggedRange:()=>K$,raggedTensorToTensor:()=>q$,rand:()=>j$,randomGamma:()=>X$,randomNormal:()=>Hp,randomStandardNormal:()=>Y$,randomUniform:()=>ys,randomUniformInt:()=>Q$,range:()=>zg,real:()=>Z$,reciprocal:()=>Pg,relu:()=>Ar,relu6:()=>Vg,reshape:()=>_,reverse:()=>ns,reverse1d:()=>J$,reverse2d:()=>t2,reverse3d:()=>e2,reverse4d:()=>r2,rfft:()=>Hg,round:()=>Bg,rsqrt:()=>vu,scalar:()=>dt,scatterND:()=>d2,searchSorted:()=>F$,selu:()=>Tu,separableConv2d:()=>ku,setdiff1dAsync:()=>s2,sigmoid:()=>Ks,sign:()=>Mg,signal:()=>C2,sin:()=>Au,sinh:()=>Eu,slice:()=>be,slice1d:()=>Ru,slice2d:()=>Kp,slice3d:()=>$u,slice4d:()=>Li,softmax:()=>Hn,softplus:()=>Xs,spaceToBatchND:()=>Su,sparse:()=>N2,sparseToDense:()=>f2,spectral:()=>b2,split:()=>nr,sqrt:()=>we,square:()=>Ot,squaredDifference:()=>Kg,squeeze:()=>bs,stack:()=>ge,step:()=>Cs,stridedSlice:()=>qg,string:()=>S2,sub:()=>yt,sum:()=>ct,tan:()=>jg,tanh:()=>Pn,tensor:()=>xr,tensor1d:()=>os,tensor2d:()=>qp,tensor3d:()=>n2,tensor4d:()=>o2,tensor5d:()=>i2,tensor6d:()=>a2,tensorScatterUpdate:()=>l2,tile:()=>vr,topk:()=>Xg,transpose:()=>Ct,truncatedNormal:()=>Du,unique:()=>Yg,unsortedSegmentSum:()=>Ou,unstack:()=>Ae,upperBound:()=>u2,variable:()=>Qg,where:()=>fe,whereAsync:()=>c2,zeros:()=>pe,zerosLike:()=>bt});var BI=(r,t,e,s=vt)=>{switch(r.op){case"BiasAdd":case"AddV2":case"Add":return[s.add(b("a",r,t,e),b("b",r,t,e))];case"AddN":return[s.addN(b("tensors",r,t,e))];case"FloorMod":case"Mod":return[s.mod(b("a",r,t,e),b("b",r,t,e))];case"Mul":return[s.mul(b("a",r,t,e),b("b",r,t,e))];case"RealDiv":case"Div":return[s.div(b("a",r,t,e),b("b",r,t,e))];case"DivNoNan":return[s.divNoNan(b("a",r,t,e),b("b",r,t,e))];case"FloorDiv":return[s.floorDiv(b("a",r,t,e),b("b",r,t,e))];case"Sub":return[s.sub(b("a",r,t,e),b("b",r,t,e))];case"Minimum":return[s.minimum(b("a",r,t,e),b("b",r,t,e))];case"Maximum":return[s.maximum(b("a",r,t,e),b("b",r,t,e))];case"Pow":return[s.pow(b("a",r,t,e),b("b",r,t,e))];case"SquaredDifference":return[s.squaredDifference(b("a",r,t,e),b("b",r,t,e))];default:throw TypeError(`Node type ${r.op} is not implemented`)}};var MI=(r,t,e,s=vt)=>{switch(r.op){case"Abs":case"ComplexAbs":return[s.abs(b("x",r,t,e))];case"Acos":return[s.acos(b("x",r,t,e))];case"Acosh":return[s.acosh(b("x",r,t,e))];case"Asin":return[s.asin(b("x",r,t,e))];case"Asinh":return[s.asinh(b("x",r,t,e))];case"Atan":return[s.atan(b("x",r,t,e))];case"Atan2":return[s.atan2(b("x",r,t,e),b("y",r,t,e))];case"Atanh":return[s.atanh(b("x",r,t,e))];case"Ceil":return[s.ceil(b("x",r,t,e))];case"Complex":return[s.complex(b("real",r,t,e),b("imag",r,t,e))];case"Cos":return[s.cos(b("x",r,t,e))];case"Cosh":return[s.cosh(b("x",r,t,e))];case"Elu":return[s.elu(b("x",r,t,e))];case"Erf":return[s.erf(b("x",r,t,e))];case"Exp":return[s.exp(b("x",r,t,e))];case"Expm1":return[s.expm1(b("x",r,t,e))];case"Floor":return[s.floor(b("x",r,t,e))];case"Log":return[s.log(b("x",r,t,e))];case"Log1p":return[s.log1p(b("x",r,t,e))];case"Imag":return[s.imag(b("x",r,t,e))];case"Neg":return[s.neg(b("x",r,t,e))];case"Reciprocal":return[s.reciprocal(b("x",r,t,e))];case"Real":return[s.real(b("x",r,t,e))];case"Relu":return[s.relu(b("x",r,t,e))];case"Round":return[s.round(b("x",r,t,e))];case"Selu":return[s.selu(b("x",r,t,e))];case"Sigmoid":return[s.sigmoid(b("x",r,t,e))];case"Sin":return[s.sin(b("x",r,t,e))];case"Sign":return[s.sign(b("x",r,t,e))];case"Sinh":return[s.sinh(b("x",r,t,e))];case"Softplus":return[s.softplus(b("x",r,t,e))];case"Sqrt":return[s.sqrt(b("x",r,t,e))];case"Square":return[s.square(b("x",r,t,e))];case"Tanh":return[s.tanh(b("x",r,t,e))];case"Tan":return[s.tan(b("x",r,t,e))];case"ClipByValue":return[s.clipByValue(b("x",r,t,e),b("clipValueMin",r,t,e),b("clipValueMax",r,t,e))];case"Relu6":return[s.relu6(b("x",r,t,e))];case"Rsqrt":return[s.rsqrt(ue(r.inputNames[0],t,e))];case"LeakyRelu":return[s.leakyRelu(b("x",r,t,e),b("alpha",r,t,e))];case"Prelu":return[s.prelu(b("x",r,t,e),b("alpha",r,t,e))];case"IsNan":return[s.isNaN(ue(r.inputNames[0],t,e))];case"IsInf":return[s.isInf(ue(r.inputNames[0],t,e))];case"IsFinite":return[s.isFinite(ue(r.inputNames[0],t,e))];default:throw TypeError(`Node type ${r.op} is not implemented`)}};function ur(r,t,e=""){if(!(typeof r=="number"||typeof t=="number")){C.assert(r.length===t.length,()=>e+` Shapes ${r} and ${t} must match`);for(let s=0;s<r.length;s++){let n=r[s],o=t[s];C.assert(n<0||o<0||n===o,()=>e+` Shapes ${r} and ${t} must match`)}}}function GI(r){return!(typeof r=="number"||r.some(t=>t<0))}function dl(r,t,e){let s=Nd(r,e),n=!GI(s);if(n&&t.length===0)throw new Error(`Tried to calculate elements of an empty list with non-fully-defined elementShape: ${s}`);if(n&&t.forEach(o=>{s=Nd(o.shape,s)}),!GI(s))throw new Error(`Non-fully-defined elementShape: ${s}`);return s}function Nd(r,t){if(typeof r=="number")return t;if(typeof t=="number")return r;if(r.length!==t.length)throw new Error(`Incompatible ranks during merge: ${r} vs. ${t}`);let e=[];for(let s=0;s<r.length;++s){let n=r[s],o=t[s];if(n>=0&&o>=0&&n!==o)throw new Error(`Incompatible shape during merge: ${r} vs. ${t}`);e[s]=n>=0?n:o}return e}var Sd=class{constructor(t,e,s,n,o,i,a){this.name=t,this.dtype=e,this.maxSize=s,this.elementShape=n,this.identicalElementShapes=o,this.dynamicSize=i,this.clearAfterRead=a,this.tensors=[],this.closed_=!1,this.idTensor=dt(0),Kt(this.idTensor)}get id(){return this.idTensor.id}get closed(){return this.closed_}clearAndClose(t){this.tensors.forEach(e=>{(t==null||!t.has(e.tensor.id))&&e.tensor.dispose()}),this.tensors=[],this.closed_=!0,this.idTensor.dispose()}size(){return this.tensors.length}read(t){if(this.closed_)throw new Error(`TensorArray ${this.name} has already been closed.`);if(t<0||t>=this.size())throw new Error(`Tried to read from index ${t}, but array size is: ${this.size()}`);let e=this.tensors[t];if(e.cleared)throw new Error(`TensorArray ${this.name}: Could not read index ${t} twice because it was cleared after a previous read (perhaps try setting clear_after_read = false?).`);return this.clearAfterRead&&(e.cleared=!0),e.read=!0,e.tensor}readMany(t){return t.map(e=>this.read(e))}write(t,e){if(this.closed_)throw new Error(`TensorArray ${this.name} has already been closed.`);if(t<0||!this.dynamicSize&&t>=this.maxSize)throw new Error(`Tried to write to index ${t}, but array is not resizeable and size is: ${this.maxSize}`);let s=this.tensors[t]||{};if(e.dtype!==this.dtype)throw new Error(`TensorArray ${this.name}: Could not write to TensorArray index ${t},
          because the value dtype is ${e.dtype}, but TensorArray dtype is ${this.dtype}.`);if(this.size()===0&&(this.elementShape==null||this.elementShape.length===0)&&(this.elementShape=e.shape),ur(this.elementShape,e.shape,`TensorArray ${this.name}: Could not write to TensorArray index ${t}.`),s.read)throw new Error(`TensorArray ${this.name}: Could not write to TensorArray index ${t}, because it has already been read.`);if(s.written)throw new Error(`TensorArray ${this.name}: Could not write to TensorArray index ${t}, because it has already been written.`);s.tensor=e,Kt(e),s.written=!0,this.tensors[t]=s}writeMany(t,e){if(t.length!==e.length)throw new Error(`TensorArray ${this.name}: could not write multiple tensors,because the index size: ${t.length} is not the same as tensors size: ${e.length}.`);t.forEach((s,n)=>this.write(s,e[n]))}gather(t,e){if(e&&e!==this.dtype)throw new Error(`TensorArray dtype is ${this.dtype} but gather requested dtype ${e}`);if(t)t=t.slice(0,this.size());else{t=[];for(let n=0;n<this.size();n++)t.push(n)}if(t.length===0)return xr([],[0].concat(this.elementShape));let s=this.readMany(t);return ur(this.elementShape,s[0].shape,"TensorArray shape mismatch: "),ge(s,0)}concat(t){if(t&&t!==this.dtype)throw new Error(`TensorArray dtype is ${this.dtype} but concat requested dtype ${t}`);if(this.size()===0)return xr([],[0].concat(this.elementShape));let e=[];for(let n=0;n<this.size();n++)e.push(n);let s=this.readMany(e);return ur(this.elementShape,s[0].shape,`TensorArray shape mismatch: tensor array shape (${this.elementShape}) vs first tensor shape (${s[0].shape})`),Ke(s,0)}scatter(t,e){if(e.dtype!==this.dtype)throw new Error(`TensorArray dtype is ${this.dtype} but tensor has dtype ${e.dtype}`);if(t.length!==e.shape[0])throw new Error(`Expected len(indices) == tensor.shape[0], but saw: ${t.length} vs. ${e.shape[0]}`);let s=Math.max(...t);if(!this.dynamicSize&&s>=this.maxSize)throw new Error(`Max index must be < array size (${s}  vs. ${this.maxSize})`);this.writeMany(t,Ae(e,0))}split(t,e){if(e.dtype!==this.dtype)throw new Error(`TensorArray dtype is ${this.dtype} but tensor has dtype ${e.dtype}`);let s=0,n=t.map(l=>(s+=l,s));if(s!==e.shape[0])throw new Error(`Expected sum of lengths to be equal to
          tensor.shape[0], but sum of lengths is
        ${s}, and tensor's shape is: ${e.shape}`);if(!this.dynamicSize&&t.length!==this.maxSize)throw new Error(`TensorArray's size is not equal to the size of lengths (${this.maxSize} vs. ${t.length}), and the TensorArray is not marked as dynamically resizeable`);let o=s===0?0:e.size/s,i=[];$(()=>{e=_(e,[1,s,o]);for(let l=0;l<t.length;++l){let c=[0,l===0?0:n[l-1],0],p=[1,t[l],o];i[l]=_(be(e,c,p),this.elementShape)}return i});let a=[];for(let l=0;l<t.length;l++)a[l]=l;this.writeMany(a,i)}};var fl=class r{get id(){return this.idTensor.id}constructor(t,e,s,n=-1){this.tensors=t,this.elementShape=e,this.elementDtype=s,t?.forEach(o=>{if(s!==o.dtype)throw new Error(`Invalid data types; op elements ${s}, but list elements ${o.dtype}`);ur(e,o.shape,"TensorList shape mismatch: "),Kt(o)}),this.idTensor=dt(0),this.maxNumElements=n,Kt(this.idTensor)}copy(){return new r([...this.tensors],this.elementShape,this.elementDtype)}clearAndClose(t){this.tensors.forEach(e=>{(t==null||!t.has(e.id))&&e.dispose()}),this.tensors.length=0,this.idTensor.dispose()}size(){return this.tensors.length}stack(t,e,s=-1){if(e!==this.elementDtype)throw new Error(`Invalid data types; op elements ${e}, but list elements ${this.elementDtype}`);if(s!==-1&&this.tensors.length!==s)throw new Error(`Operation expected a list with ${s} elements but got a list with ${this.tensors.length} elements.`);ur(t,this.elementShape,"TensorList shape mismatch: ");let n=dl(this.elementShape,this.tensors,t);return $(()=>{let o=this.tensors.map(i=>_(i,n));return ge(o,0)})}popBack(t,e){if(e!==this.elementDtype)throw new Error(`Invalid data types; op elements ${e}, but list elements ${this.elementDtype}`);if(this.size()===0)throw new Error("Trying to pop from an empty list.");let s=dl(this.elementShape,this.tensors,t),n=this.tensors.pop();return n.kept=!1,ur(n.shape,t,"TensorList shape mismatch: "),_(n,s)}pushBack(t){if(t.dtype!==this.elementDtype)throw new Error(`Invalid data types; op elements ${t.dtype}, but list elements ${this.elementDtype}`);if(ur(t.shape,this.elementShape,"TensorList shape mismatch: "),this.maxNumElements===this.size())throw new Error("Trying to push element into a full list.");Kt(t),this.tensors.push(t)}resize(t){if(t<0)throw new Error(`TensorListResize expects size to be non-negative. Got: ${t}`);if(this.maxNumElements!==-1&&t>this.maxNumElements)throw new Error(`TensorListResize input size ${t} is greater maxNumElement ${this.maxNumElements}.`);let e=new r([],this.elementShape,this.elementDtype,this.maxNumElements);e.tensors.length=t;for(let s=0;s<Math.min(this.tensors.length,t);++s)e.tensors[s]=this.tensors[s];return e}getItem(t,e,s){if(s!==this.elementDtype)throw new Error(`Invalid data types; op elements ${s}, but list elements ${this.elementDtype}`);if(t<0||t>this.tensors.length)throw new Error(`Trying to access element ${t} in a list with ${this.tensors.length} elements.`);if(this.tensors[t]==null)throw new Error(`element at index ${t} is null.`);ur(this.tensors[t].shape,e,"TensorList shape mismatch: ");let n=dl(this.elementShape,this.tensors,e);return _(this.tensors[t],n)}setItem(t,e){if(e.dtype!==this.elementDtype)throw new Error(`Invalid data types; op elements ${e.dtype}, but list elements ${this.elementDtype}`);if(t<0||this.maxNumElements!==-1&&t>=this.maxNumElements)throw new Error(`Trying to set element ${t} in a list with max ${this.maxNumElements} elements.`);ur(this.elementShape,e.shape,"TensorList shape mismatch: "),Kt(e),this.tensors[t]!=null&&(this.tensors[t].kept=!1),this.tensors[t]=e}gather(t,e,s){if(e!==this.elementDtype)throw new Error(`Invalid data types; op elements ${e}, but list elements ${this.elementDtype}`);ur(this.elementShape,s,"TensorList shape mismatch: "),t=t.slice(0,this.size());let n=dl(this.elementShape,this.tensors,s);return t.length===0?xr([],[0].concat(n)):$(()=>{let o=t.map(i=>_(this.tensors[i],n));return ge(o,0)})}concat(t,e){if(t&&t!==this.elementDtype)throw new Error(`TensorList dtype is ${this.elementDtype} but concat requested dtype ${t}`);ur(this.elementShape,e,"TensorList shape mismatch: ");let s=dl(this.elementShape,this.tensors,e);return this.size()===0?xr([],[0].concat(s)):$(()=>{let n=this.tensors.map(o=>_(o,s));return Ke(n,0)})}};function WI(r,t,e){let s=r.dtype;if(r.shape.length<1)throw new Error(`Tensor must be at least a vector, but saw shape: ${r.shape}`);if(r.dtype!==e)throw new Error(`Invalid data types; op elements ${r.dtype}, but list elements ${e}`);let n=r.shape.slice(1);ur(n,t,"TensorList shape mismatch: ");let o=Ae(r);return new fl(o,t,s)}function UI(r,t,e,s){return new fl([],r,t,s)}function HI(r,t,e,s){if(t.length!==r.shape[0])throw new Error(`Expected len(indices) == tensor.shape[0], but saw: ${t.length} vs. ${r.shape[0]}`);let n=Math.max(...t);if(s!=null&&s!==-1&&n>=s)throw new Error(`Max index must be < array size (${n}  vs. ${s})`);let o=new fl([],e,r.dtype,s),i=Ae(r,0);return t.forEach((a,l)=>{o.setItem(a,i[l])}),o}function KI(r,t,e){let s=0,n=t.map(c=>(s+=c,s));if(s!==r.shape[0])throw new Error(`Expected sum of lengths to be equal to
          tensor.shape[0], but sum of lengths is
        ${s}, and tensor's shape is: ${r.shape}`);let o=r.shape.slice(1),i=Nd(o,e),a=s===0?0:r.size/s,l=$(()=>{let c=[];r=_(r,[1,s,a]);for(let p=0;p<t.length;++p){let d=[0,p===0?0:n[p-1],0],f=[1,t[p],a];c[p]=_(be(r,d,f),i)}return r.dispose(),c}),u=new fl([],e,r.dtype,t.length);for(let c=0;c<l.length;c++)u.setItem(c,l[c]);return u}var qI=async(r,t,e)=>{switch(r.op){case"If":case"StatelessIf":{let s=b("thenBranch",r,t,e),n=b("elseBranch",r,t,e),o=b("cond",r,t,e),i=b("args",r,t,e);return(await o.data())[0]?e.functionMap[s].executeFunctionAsync(i,e.tensorArrayMap,e.tensorListMap):e.functionMap[n].executeFunctionAsync(i,e.tensorArrayMap,e.tensorListMap)}case"While":case"StatelessWhile":{let s=b("body",r,t,e),n=b("cond",r,t,e),o=b("args",r,t,e),i=await e.functionMap[n].executeFunctionAsync(o,e.tensorArrayMap,e.tensorListMap),a=o.map(c=>c.id),l=await i[0].data();i.forEach(c=>{!c.kept&&a.indexOf(c.id)===-1&&c.dispose()});let u=o;for(;l[0];){let c=u;u=await e.functionMap[s].executeFunctionAsync(u,e.tensorArrayMap,e.tensorListMap);let p=u.map(d=>d.id);c.forEach(d=>{!d.kept&&a.indexOf(d.id)===-1&&p.indexOf(d.id)===-1&&d.dispose()});let m=await e.functionMap[n].executeFunctionAsync(u,e.tensorArrayMap,e.tensorListMap);l=await m[0].data(),m.forEach(d=>{!d.kept&&a.indexOf(d.id)===-1&&p.indexOf(d.id)===-1&&d.dispose()})}return u}case"LoopCond":{let s=b("pred",r,t,e);return[Yr(s)]}case"Switch":{let s=b("pred",r,t,e),n=b("data",r,t,e);return n.kept||(n=Yr(n)),(await s.data())[0]?[void 0,n]:[n,void 0]}case"Merge":{let s=r.inputNames.find(n=>ue(n,t,e)!==void 0);if(s){let n=ue(s,t,e);return[Yr(n)]}return}case"Enter":{let s=b("frameName",r,t,e),n=b("tensor",r,t,e);return e.enterFrame(s),[Yr(n)]}case"Exit":{let s=b("tensor",r,t,e);return e.exitFrame(),[Yr(s)]}case"NextIteration":{let s=b("tensor",r,t,e);return e.nextIteration(),[Yr(s)]}case"TensorArrayV3":{let s=b("size",r,t,e),n=b("dtype",r,t,e),o=b("elementShape",r,t,e),i=b("dynamicSize",r,t,e),a=b("clearAfterRead",r,t,e),l=b("identicalElementShapes",r,t,e),u=b("name",r,t,e),c=new Sd(u,n,s,o,l,i,a);return e.addTensorArray(c),[c.idTensor,dt(1)]}case"TensorArrayWriteV3":{let s=b("tensorArrayId",r,t,e),n=b("index",r,t,e),o=b("tensor",r,t,e),i=e.getTensorArray(s.id);return i.write(n,o),[i.idTensor]}case"TensorArrayReadV3":{let s=b("tensorArrayId",r,t,e),n=b("index",r,t,e);return[e.getTensorArray(s.id).read(n)]}case"TensorArrayGatherV3":{let s=b("tensorArrayId",r,t,e),n=b("indices",r,t,e),o=b("dtype",r,t,e);return[e.getTensorArray(s.id).gather(n,o)]}case"TensorArrayScatterV3":{let s=b("tensorArrayId",r,t,e),n=b("indices",r,t,e),o=b("tensor",r,t,e),i=e.getTensorArray(s.id);return i.scatter(n,o),[i.idTensor]}case"TensorArrayConcatV3":{let s=b("tensorArrayId",r,t,e),n=e.getTensorArray(s.id),o=b("dtype",r,t,e);return[n.concat(o)]}case"TensorArraySplitV3":{let s=b("tensorArrayId",r,t,e),n=b("tensor",r,t,e),o=b("lengths",r,t,e),i=e.getTensorArray(s.id);return i.split(o,n),[i.idTensor]}case"TensorArraySizeV3":{let s=b("tensorArrayId",r,t,e),n=e.getTensorArray(s.id);return[dt(n.size(),"int32")]}case"TensorArrayCloseV3":{let s=b("tensorArrayId",r,t,e),n=e.getTensorArray(s.id);return n.clearAndClose(),[n.idTensor]}case"TensorListSetItem":{let s=b("tensorListId",r,t,e),n=b("index",r,t,e),o=b("tensor",r,t,e),i=e.getTensorList(s.id);return i.setItem(n,o),[i.idTensor]}case"TensorListGetItem":{let s=b("tensorListId",r,t,e),n=b("index",r,t,e),o=b("elementShape",r,t,e),i=b("elementDType",r,t,e);return[e.getTensorList(s.id).getItem(n,o,i)]}case"TensorListScatterV2":case"TensorListScatter":{let s=b("indices",r,t,e),n=b("tensor",r,t,e),o=b("elementShape",r,t,e),i=b("numElements",r,t,e),a=HI(n,s,o,i);return e.addTensorList(a),[a.idTensor]}case"TensorListReserve":case"EmptyTensorList":{let s=b("elementShape",r,t,e),n=b("elementDType",r,t,e),o;r.op==="TensorListReserve"?o="numElements":o="maxNumElements";let i=b(o,r,t,e),a=r.op==="TensorListReserve"?-1:i,l=UI(s,n,i,a);return e.addTensorList(l),[l.idTensor]}case"TensorListGather":{let s=b("tensorListId",r,t,e),n=b("indices",r,t,e),o=b("elementShape",r,t,e),i=b("elementDType",r,t,e);return[e.getTensorList(s.id).gather(n,i,o)]}case"TensorListStack":{let s=b("tensorListId",r,t,e),n=b("elementShape",r,t,e),o=b("elementDType",r,t,e),i=b("numElements",r,t,e);return[e.getTensorList(s.id).stack(n,o,i)]}case"TensorListFromTensor":{let s=b("tensor",r,t,e),n=b("elementShape",r,t,e),o=b("elementDType",r,t,e),i=WI(s,n,o);return e.addTensorList(i),[i.idTensor]}case"TensorListConcat":case"TensorListConcatV2":{let s=b("tensorListId",r,t,e),n=e.getTensorList(s.id),o=b("dtype",r,t,e),i=b("elementShape",r,t,e);return[n.concat(o,i)]}case"TensorListPushBack":{let s=b("tensorListId",r,t,e),n=b("tensor",r,t,e),o=e.getTensorList(s.id);return o.pushBack(n),[o.idTensor]}case"TensorListPopBack":{let s=b("tensorListId",r,t,e),n=b("elementShape",r,t,e),o=b("elementDType",r,t,e);return[e.getTensorList(s.id).popBack(n,o)]}case"TensorListSplit":{let s=b("tensor",r,t,e),n=b("elementShape",r,t,e),o=b("lengths",r,t,e),i=KI(s,o,n);return e.addTensorList(i),[i.idTensor]}case"TensorListLength":{let s=b("tensorListId",r,t,e),n=e.getTensorList(s.id);return[dt(n.size(),"int32")]}case"TensorListResize":{let s=b("tensorListId",r,t,e),n=b("size",r,t,e),i=e.getTensorList(s.id).resize(n);return e.addTensorList(i),[i.idTensor]}default:throw TypeError(`Node type ${r.op} is not implemented`)}};function jI(r,t,e){let[s,n]=b("fusedOps",r,t,e),o=s==="biasadd",i=!o,a=n==="prelu",l=s==="fusedbatchnorm",u=b("numArgs",r,t,e);if(o){if(a&&u!==2)throw new Error("FusedConv2d and DepthwiseConv2d with BiasAdd and Prelu must have two extra arguments: bias and alpha.");if(!a&&o&&u!==1)throw new Error("FusedConv2d and DepthwiseConv2d with BiasAdd must have one extra argument: bias.")}if(l)throw new Error("FusedConv2d and DepthwiseConv2d with FusedBatchNorm is not supported");let c=b("strides",r,t,e),p=Ju(r,t,e),m=b("dataFormat",r,t,e).toUpperCase(),d=b("dilations",r,t,e),[f,h]=b("args",r,t,e);i&&(h=f,f=void 0);let g=b("leakyreluAlpha",r,t,e);return{stride:c,pad:p,dataFormat:m,dilations:d,biasArg:f,preluArg:h,activationFunc:n,leakyreluAlpha:g}}var XI=(r,t,e,s=vt)=>{switch(r.op){case"Conv1D":{let n=b("stride",r,t,e),o=b("pad",r,t,e),i=b("dataFormat",r,t,e).toUpperCase(),a=b("dilation",r,t,e);return[s.conv1d(b("x",r,t,e),b("filter",r,t,e),n,o,i,a)]}case"Conv2D":{let n=b("strides",r,t,e),o=Ju(r,t,e),i=b("dataFormat",r,t,e).toUpperCase(),a=b("dilations",r,t,e);return[s.conv2d(b("x",r,t,e),b("filter",r,t,e),[n[1],n[2]],o,i,[a[1],a[2]])]}case"_FusedConv2D":{let{stride:n,pad:o,dataFormat:i,dilations:a,biasArg:l,preluArg:u,activationFunc:c,leakyreluAlpha:p}=jI(r,t,e);return[s.fused.conv2d({x:b("x",r,t,e),filter:b("filter",r,t,e),strides:[n[1],n[2]],pad:o,dataFormat:i,dilations:[a[1],a[2]],bias:l,activation:c,preluActivationWeights:u,leakyreluAlpha:p})]}case"FusedDepthwiseConv2dNative":{let{stride:n,pad:o,dataFormat:i,dilations:a,biasArg:l,preluArg:u,activationFunc:c,leakyreluAlpha:p}=jI(r,t,e);return[s.fused.depthwiseConv2d({x:b("x",r,t,e),filter:b("filter",r,t,e),strides:[n[1],n[2]],pad:o,dataFormat:i,dilations:[a[1],a[2]],bias:l,activation:c,preluActivationWeights:u,leakyreluAlpha:p})]}case"Conv2DBackpropInput":case"Conv2dTranspose":{let n=b("outputShape",r,t,e),o=b("strides",r,t,e),i=Ju(r,t,e);return[s.conv2dTranspose(b("x",r,t,e),b("filter",r,t,e),n,[o[1],o[2]],i)]}case"DepthwiseConv2dNative":case"DepthwiseConv2d":{let n=b("strides",r,t,e),o=Ju(r,t,e),i=b("dilations",r,t,e),a=b("dataFormat",r,t,e).toUpperCase();return[s.depthwiseConv2d(b("input",r,t,e),b("filter",r,t,e),[n[1],n[2]],o,a,[i[1],i[2]])]}case"Conv3D":{let n=b("strides",r,t,e),o=b("pad",r,t,e),i=b("dataFormat",r,t,e).toUpperCase(),a=b("dilations",r,t,e);return[s.conv3d(b("x",r,t,e),b("filter",r,t,e),[n[1],n[2],n[3]],o,i,[a[1],a[2],a[3]])]}case"AvgPool":{let n=b("strides",r,t,e),o=b("pad",r,t,e),i=b("kernelSize",r,t,e);return[s.avgPool(b("x",r,t,e),[i[1],i[2]],[n[1],n[2]],o)]}case"MaxPool":{let n=b("strides",r,t,e),o=b("pad",r,t,e),i=b("kernelSize",r,t,e);return[s.maxPool(b("x",r,t,e),[i[1],i[2]],[n[1],n[2]],o)]}case"MaxPoolWithArgmax":{let n=b("strides",r,t,e),o=b("pad",r,t,e),i=b("kernelSize",r,t,e),a=b("includeBatchInIndex",r,t,e),{result:l,indexes:u}=s.maxPoolWithArgmax(b("x",r,t,e),[i[1],i[2]],[n[1],n[2]],o,a);return[l,u]}case"AvgPool3D":{let n=b("strides",r,t,e),o=b("pad",r,t,e),i=b("kernelSize",r,t,e);return[s.avgPool3d(b("x",r,t,e),[i[1],i[2],i[3]],[n[1],n[2],n[3]],o)]}case"MaxPool3D":{let n=b("strides",r,t,e),o=b("pad",r,t,e),i=b("kernelSize",r,t,e);return[s.maxPool3d(b("x",r,t,e),[i[1],i[2],i[3]],[n[1],n[2],n[3]],o)]}case"Dilation2D":{let n=b("strides",r,t,e),o=b("pad",r,t,e),i=b("dilations",r,t,e),a=n[1],l=n[2],u=i[1],c=i[2];return[s.dilation2d(b("x",r,t,e),b("filter",r,t,e),[a,l],o,[u,c],"NHWC")]}default:throw TypeError(`Node type ${r.op} is not implemented`)}};var YI=(r,t,e,s=vt)=>{switch(r.op){case"Fill":{let n=b("shape",r,t,e),o=b("dtype",r,t,e),i=b("value",r,t,e);return[s.fill(n,i,o)]}case"LinSpace":{let n=b("start",r,t,e),o=b("stop",r,t,e),i=b("num",r,t,e);return[s.linspace(n,o,i)]}case"Multinomial":{let n=b("logits",r,t,e),o=b("numSamples",r,t,e),i=b("seed",r,t,e);return[s.multinomial(n,o,i)]}case"OneHot":{let n=b("indices",r,t,e),o=b("depth",r,t,e),i=b("onValue",r,t,e),a=b("offValue",r,t,e),l=b("dtype",r,t,e);return[s.oneHot(n,o,i,a,l)]}case"Ones":return[s.ones(b("shape",r,t,e),b("dtype",r,t,e))];case"OnesLike":return[s.onesLike(b("x",r,t,e))];case"RandomStandardNormal":return[s.randomStandardNormal(b("shape",r,t,e),b("dtype",r,t,e),b("seed",r,t,e))];case"RandomUniform":return[s.randomUniform(b("shape",r,t,e),b("minval",r,t,e),b("maxval",r,t,e),b("dtype",r,t,e))];case"RandomUniformInt":return[s.randomUniformInt(b("shape",r,t,e),b("minval",r,t,e),b("maxval",r,t,e),b("seed",r,t,e))];case"Range":{let n=b("start",r,t,e),o=b("stop",r,t,e),i=b("step",r,t,e);return[s.range(n,o,i,b("dtype",r,t,e))]}case"TruncatedNormal":{let n=b("shape",r,t,e),o=b("mean",r,t,e),i=b("stdDev",r,t,e),a=b("seed",r,t,e);return[s.truncatedNormal(n,o,i,b("dtype",r,t,e),a)]}case"Zeros":return[s.zeros(b("shape",r,t,e),b("dtype",r,t,e))];case"ZerosLike":return[s.zerosLike(b("x",r,t,e))];default:throw TypeError(`Node type ${r.op} is not implemented`)}};function Zx(r,t,e){let s=b("boxes",r,t,e),n=b("scores",r,t,e),o=b("maxOutputSize",r,t,e),i=b("iouThreshold",r,t,e),a=b("scoreThreshold",r,t,e),l=b("softNmsSigma",r,t,e);return{boxes:s,scores:n,maxOutputSize:o,iouThreshold:i,scoreThreshold:a,softNmsSigma:l}}var QI=async(r,t,e,s,n=vt)=>{switch(r.op){case"NonMaxSuppressionV5":{let{boxes:o,scores:i,maxOutputSize:a,iouThreshold:l,scoreThreshold:u,softNmsSigma:c}=Zx(r,t,e),p=await n.image.nonMaxSuppressionWithScoreAsync(o,i,a,l,u,c);return[p.selectedIndices,p.selectedScores]}case"NonMaxSuppressionV4":{let{boxes:o,scores:i,maxOutputSize:a,iouThreshold:l,scoreThreshold:u}=Zx(r,t,e),c=b("padToMaxOutputSize",r,t,e),p=await n.image.nonMaxSuppressionPaddedAsync(o,i,a,l,u,c);return[p.selectedIndices,p.validOutputs]}case"NonMaxSuppressionV3":case"NonMaxSuppressionV2":{let{boxes:o,scores:i,maxOutputSize:a,iouThreshold:l,scoreThreshold:u}=Zx(r,t,e);return[await n.image.nonMaxSuppressionAsync(o,i,a,l,u)]}case"Where":{let o=n.cast(b("condition",r,t,e),"bool"),i=[await n.whereAsync(o)];return o.dispose(),i}case"ListDiff":return n.setdiff1dAsync(b("x",r,t,e),b("y",r,t,e));default:throw TypeError(`Node type ${r.op} is not implemented`)}};var ZI=(r,t,e,s=vt)=>{switch(r.op){case"LowerBound":{let n=b("sortedSequence",r,t,e),o=b("values",r,t,e);return[s.lowerBound(n,o)]}case"TopKV2":{let n=b("x",r,t,e),o=b("k",r,t,e),i=b("sorted",r,t,e),a=s.topk(n,o,i);return[a.values,a.indices]}case"UpperBound":{let n=b("sortedSequence",r,t,e),o=b("values",r,t,e);return[s.upperBound(n,o)]}case"Unique":{let n=b("x",r,t,e),o=s.unique(n);return[o.values,o.indices]}case"UniqueV2":{let n=b("x",r,t,e),o=b("axis",r,t,e),i=s.unique(n,o);return[i.values,i.indices]}default:throw TypeError(`Node type ${r.op} is not implemented`)}};var JI=(r,t,e,s=vt)=>{switch(r.op){case"Const":return t[r.name];case"PlaceholderWithDefault":let n=b("default",r,t,e);return[ue(r.name,t,e)||n];case"Placeholder":return[ue(r.name,t,e)];case"Identity":case"StopGradient":case"FakeQuantWithMinMaxVars":{let c=b("x",r,t,e);return[Yr(c)]}case"IdentityN":return b("x",r,t,e).map(c=>Yr(c));case"Snapshot":let o=b("x",r,t,e);return[Yr(o)];case"Shape":return[s.tensor1d(b("x",r,t,e).shape,"int32")];case"ShapeN":return b("x",r,t,e).map(c=>s.tensor1d(c.shape));case"Size":return[s.scalar(b("x",r,t,e).size,"int32")];case"Rank":return[s.scalar(b("x",r,t,e).rank,"int32")];case"NoOp":return[s.scalar(1)];case"Print":let i=b("x",r,t,e),a=b("data",r,t,e),l=b("message",r,t,e),u=b("summarize",r,t,e);console.warn("The graph has a tf.print() operation,usually used for debugging, which slows down performance."),console.log(l);for(let c=0;c<a.length;c++)console.log(Array.prototype.slice.call(a[c].dataSync()).slice(0,u));return[i];default:throw TypeError(`Node type ${r.op} is not implemented`)}};var Id=class{get id(){return this.handle.id}constructor(t,e){this.keyDType=t,this.valueDType=e,this.handle=dt(0),this.tensorMap=new Map,Kt(this.handle)}clearAndClose(){this.tensorMap.forEach(t=>t.dispose()),this.tensorMap.clear(),this.handle.dispose()}size(){return this.tensorMap.size}tensorSize(){return dt(this.size(),"int32")}async import(t,e){this.checkKeyAndValueTensor(t,e);let s=await t.data();return this.tensorMap.forEach(n=>n.dispose()),this.tensorMap.clear(),$(()=>{let n=Ae(e),o=s.length,i=n.length;C.assert(o===i,()=>`The number of elements doesn't match, keys has ${o} elements, the values has ${i} elements.`);for(let a=0;a<o;a++){let l=s[a],u=n[a];Kt(u),this.tensorMap.set(l,u)}return this.handle})}async find(t,e){this.checkKeyAndValueTensor(t,e);let s=await t.data();return $(()=>{let n=[];for(let o=0;o<s.length;o++){let i=s[o],a=this.findWithDefault(i,e);n.push(a)}return ge(n)})}findWithDefault(t,e){let s=this.tensorMap.get(t);return s??e}checkKeyAndValueTensor(t,e){if(t.dtype!==this.keyDType)throw new Error(`Expect key dtype ${this.keyDType}, but got ${t.dtype}`);if(e.dtype!==this.valueDType)throw new Error(`Expect value dtype ${this.valueDType}, but got ${e.dtype}`)}};var t0=async(r,t,e,s)=>{switch(r.op){case"HashTable":case"HashTableV2":{let n=s.getHashTableHandleByName(r.name);if(n!=null)return[n];{let o=b("keyDType",r,t,e),i=b("valueDType",r,t,e),a=new Id(o,i);return s.addHashTable(r.name,a),[a.handle]}}case"InitializeTable":case"InitializeTableV2":case"LookupTableImport":case"LookupTableImportV2":{let n=b("tableHandle",r,t,e,s),o=b("keys",r,t,e),i=b("values",r,t,e);return[await s.getHashTableById(n.id).import(o,i)]}case"LookupTableFind":case"LookupTableFindV2":{let n=b("tableHandle",r,t,e,s),o=b("keys",r,t,e),i=b("defaultValue",r,t,e);return[await s.getHashTableById(n.id).find(o,i)]}case"LookupTableSize":case"LookupTableSizeV2":{let n=b("tableHandle",r,t,e,s);return[s.getHashTableById(n.id).tensorSize()]}default:throw TypeError(`Node type ${r.op} is not implemented`)}};var e0=(r,t,e,s=vt)=>{switch(r.op){case"ResizeBilinear":{let n=b("images",r,t,e),o=b("size",r,t,e),i=b("alignCorners",r,t,e),a=b("halfPixelCenters",r,t,e);return[s.image.resizeBilinear(n,[o[0],o[1]],i,a)]}case"ResizeNearestNeighbor":{let n=b("images",r,t,e),o=b("size",r,t,e),i=b("alignCorners",r,t,e),a=b("halfPixelCenters",r,t,e);return[s.image.resizeNearestNeighbor(n,[o[0],o[1]],i,a)]}case"CropAndResize":{let n=b("image",r,t,e),o=b("boxes",r,t,e),i=b("boxInd",r,t,e),a=b("cropSize",r,t,e),l=b("method",r,t,e),u=b("extrapolationValue",r,t,e);return[s.image.cropAndResize(n,o,i,a,l,u)]}case"ImageProjectiveTransformV3":{let n=b("images",r,t,e),o=b("transforms",r,t,e),i=b("outputShape",r,t,e),a=b("fillValue",r,t,e),l=b("interpolation",r,t,e),u=b("fillMode",r,t,e);return[s.image.transform(n,o,l.toLowerCase(),u.toLowerCase(),a,i)]}default:throw TypeError(`Node type ${r.op} is not implemented`)}};var r0=(r,t,e,s=vt)=>{switch(r.op){case"Equal":return[s.equal(b("a",r,t,e),b("b",r,t,e))];case"NotEqual":return[s.notEqual(b("a",r,t,e),b("b",r,t,e))];case"Greater":return[s.greater(b("a",r,t,e),b("b",r,t,e))];case"GreaterEqual":return[s.greaterEqual(b("a",r,t,e),b("b",r,t,e))];case"Less":return[s.less(b("a",r,t,e),b("b",r,t,e))];case"LessEqual":return[s.lessEqual(b("a",r,t,e),b("b",r,t,e))];case"LogicalAnd":return[s.logicalAnd(b("a",r,t,e),b("b",r,t,e))];case"LogicalNot":return[s.logicalNot(b("a",r,t,e))];case"LogicalOr":return[s.logicalOr(b("a",r,t,e),b("b",r,t,e))];case"Select":case"SelectV2":return[s.where(b("condition",r,t,e),b("a",r,t,e),b("b",r,t,e))];case"BitwiseAnd":return[s.bitwiseAnd(b("a",r,t,e),b("b",r,t,e))];default:throw TypeError(`Node type ${r.op} is not implemented`)}};var s0=(r,t,e,s=vt)=>{switch(r.op){case"BatchMatMul":case"BatchMatMulV2":case"MatMul":return[s.matMul(b("a",r,t,e),b("b",r,t,e),b("transposeA",r,t,e),b("transposeB",r,t,e))];case"Einsum":return[s.einsum(b("equation",r,t,e),...b("tensors",r,t,e))];case"Transpose":return[s.transpose(b("x",r,t,e),b("perm",r,t,e))];case"_FusedMatMul":let[n,o]=b("fusedOps",r,t,e),i=n==="biasadd",a=o==="prelu",l=b("numArgs",r,t,e),u=b("leakyreluAlpha",r,t,e);if(i){if(a&&l!==2)throw new Error("Fused MatMul with BiasAdd and Prelu must have two extra arguments: bias and alpha.");if(!a&&l!==1)throw new Error("Fused MatMul with BiasAdd must have one extra argument: bias.")}let[c,p]=b("args",r,t,e);return[s.fused.matMul({a:b("a",r,t,e),b:b("b",r,t,e),transposeA:b("transposeA",r,t,e),transposeB:b("transposeB",r,t,e),bias:c,activation:o,preluActivationWeights:p,leakyreluAlpha:u})];case"MatrixBandPart":return[s.linalg.bandPart(b("a",r,t,e),b("numLower",r,t,e),b("numUpper",r,t,e))];default:throw TypeError(`Node type ${r.op} is not implemented`)}};var n0=(r,t,e,s=vt)=>{switch(r.op){case"EuclideanNorm":return[s.euclideanNorm(b("x",r,t,e),b("axis",r,t,e),b("keepDims",r,t,e))];case"FusedBatchNorm":case"FusedBatchNormV2":return[s.batchNorm(b("x",r,t,e),b("mean",r,t,e),b("variance",r,t,e),b("offset",r,t,e),b("scale",r,t,e),b("epsilon",r,t,e))];case"FusedBatchNormV3":return[s.batchNorm(b("x",r,t,e),b("mean",r,t,e),b("variance",r,t,e),b("offset",r,t,e),b("scale",r,t,e),b("epsilon",r,t,e))];case"LRN":return[s.localResponseNormalization(b("x",r,t,e),b("radius",r,t,e),b("bias",r,t,e),b("alpha",r,t,e),b("beta",r,t,e))];case"Softmax":return[s.softmax(b("x",r,t,e))];case"LogSoftmax":return[s.logSoftmax(b("x",r,t,e))];default:throw TypeError(`Node type ${r.op} is not implemented`)}};var o0=(r,t,e,s=vt)=>{switch(r.op){case"RaggedGather":{let{outputNestedSplits:n,outputDenseValues:o}=s.raggedGather(b("paramsNestedSplits",r,t,e),b("paramsDenseValues",r,t,e),b("indices",r,t,e),b("outputRaggedRank",r,t,e));return n.concat(o)}case"RaggedRange":{let{rtNestedSplits:n,rtDenseValues:o}=s.raggedRange(b("starts",r,t,e),b("limits",r,t,e),b("splits",r,t,e));return[n,o]}case"RaggedTensorToTensor":return[s.raggedTensorToTensor(b("shape",r,t,e),b("values",r,t,e),b("defaultValue",r,t,e),b("rowPartitionTensors",r,t,e),b("rowPartitionTypes",r,t,e))];default:throw TypeError(`Node type ${r.op} is not implemented`)}};var i0=(r,t,e,s=vt)=>{switch(r.op){case"Max":{let a=b("axis",r,t,e),l=b("keepDims",r,t,e);return[s.max(b("x",r,t,e),a,l)]}case"Mean":{let a=b("axis",r,t,e),l=b("keepDims",r,t,e);return[s.mean(b("x",r,t,e),a,l)]}case"Min":{let a=b("axis",r,t,e),l=b("keepDims",r,t,e);return[s.min(b("x",r,t,e),a,l)]}case"Sum":{let a=b("axis",r,t,e),l=b("keepDims",r,t,e);return[s.sum(b("x",r,t,e),a,l)]}case"All":{let a=b("axis",r,t,e),l=b("keepDims",r,t,e);return[s.all(b("x",r,t,e),a,l)]}case"Any":{let a=b("axis",r,t,e),l=b("keepDims",r,t,e);return[s.any(b("x",r,t,e),a,l)]}case"ArgMax":{let a=b("axis",r,t,e);return[s.argMax(b("x",r,t,e),a)]}case"ArgMin":{let a=b("axis",r,t,e);return[s.argMin(b("x",r,t,e),a)]}case"Prod":{let a=b("axis",r,t,e),l=b("keepDims",r,t,e);return[s.prod(b("x",r,t,e),a,l)]}case"Cumprod":{let a=b("axis",r,t,e),l=b("exclusive",r,t,e),u=b("reverse",r,t,e);return[s.cumprod(b("x",r,t,e),a,l,u)]}case"Cumsum":{let a=b("axis",r,t,e),l=b("exclusive",r,t,e),u=b("reverse",r,t,e);return[s.cumsum(b("x",r,t,e),a,l,u)]}case"Bincount":let n=b("x",r,t,e),o=b("weights",r,t,e),i=b("size",r,t,e);return[s.bincount(n,o,i)];case"DenseBincount":{let a=b("x",r,t,e),l=b("weights",r,t,e),u=b("size",r,t,e),c=b("binaryOutput",r,t,e);return[s.denseBincount(a,l,u,c)]}default:throw TypeError(`Node type ${r.op} is not implemented`)}};var a0=(r,t,e,s=vt)=>{switch(r.op){case"ConcatV2":case"Concat":{let n=b("n",r,t,e),o=b("axis",r,t,e),i=b("tensors",r,t,e);return i=i.slice(0,n),[s.concat(i,o)]}case"Gather":{let n=b("x",r,t,e),o=b("indices",r,t,e);return[s.gather(n,s.cast(o,"int32"),0)]}case"GatherV2":{let n=b("axis",r,t,e),o=b("batchDims",r,t,e),i=b("x",r,t,e),a=b("indices",r,t,e);return[s.gather(i,s.cast(a,"int32"),n,o)]}case"Reverse":{let n=b("dims",r,t,e),o=[];for(let a=0;a<n.length;a++)n[a]&&o.push(a);let i=b("x",r,t,e);return[s.reverse(i,o)]}case"ReverseV2":{let n=b("axis",r,t,e),o=b("x",r,t,e);return[s.reverse(o,n)]}case"Slice":{let n=b("begin",r,t,e),o=b("size",r,t,e);return[s.slice(b("x",r,t,e),n,o)]}case"StridedSlice":{let n=b("begin",r,t,e),o=b("end",r,t,e),i=b("strides",r,t,e),a=b("beginMask",r,t,e),l=b("endMask",r,t,e),u=b("ellipsisMask",r,t,e),c=b("newAxisMask",r,t,e),p=b("shrinkAxisMask",r,t,e),m=b("x",r,t,e);return[s.stridedSlice(m,n,o,i,a,l,u,c,p)]}case"Pack":return $(()=>{let n=b("axis",r,t,e),o=b("tensors",r,t,e),i=o[0].shape,a=s.squeeze(o[0]).shape,l=o.map(u=>{let c=C.arraysEqual(u.shape,i);if(!c&&!C.arraysEqual(s.squeeze(u).shape,a))throw new Error("the input tensors shape does not match");return c?u:s.reshape(u,i)});return[s.stack(l,n)]});case"Unpack":{let n=b("axis",r,t,e),o=b("tensor",r,t,e);return s.unstack(o,n)}case"Tile":{let n=b("reps",r,t,e);return[s.tile(b("x",r,t,e),n)]}case"Split":case"SplitV":{let n=b("axis",r,t,e),o=b("numOrSizeSplits",r,t,e),i=b("x",r,t,e);return s.split(i,o,n)}case"ScatterNd":{let n=b("indices",r,t,e),o=b("values",r,t,e),i=b("shape",r,t,e);return[s.scatterND(n,o,i)]}case"GatherNd":{let n=b("x",r,t,e),o=b("indices",r,t,e);return[s.gatherND(n,o)]}case"SparseToDense":{let n=b("sparseIndices",r,t,e),o=b("outputShape",r,t,e),i=b("sparseValues",r,t,e),a=b("defaultValue",r,t,e);return[s.sparseToDense(n,i,o,i.dtype===a.dtype?a:s.cast(a,i.dtype))]}case"TensorScatterUpdate":{let n=b("indices",r,t,e),o=b("values",r,t,e),i=b("tensor",r,t,e);return[s.tensorScatterUpdate(i,n,o)]}default:throw TypeError(`Node type ${r.op} is not implemented`)}};var l0=(r,t,e,s=vt)=>{switch(r.op){case"SparseFillEmptyRows":{let{outputIndices:n,outputValues:o,emptyRowIndicator:i,reverseIndexMap:a}=s.sparse.sparseFillEmptyRows(b("indices",r,t,e),b("values",r,t,e),b("denseShape",r,t,e),b("defaultValue",r,t,e));return[n,o,i,a]}case"SparseReshape":{let{outputIndices:n,outputShape:o}=s.sparse.sparseReshape(b("inputIndices",r,t,e),b("inputShape",r,t,e),b("newShape",r,t,e));return[n,o]}case"SparseSegmentMean":return[s.sparse.sparseSegmentMean(b("data",r,t,e),b("indices",r,t,e),b("segmentIds",r,t,e))];case"SparseSegmentSum":return[s.sparse.sparseSegmentSum(b("data",r,t,e),b("indices",r,t,e),b("segmentIds",r,t,e))];default:throw TypeError(`Node type ${r.op} is not implemented`)}};var u0=(r,t,e,s=vt)=>{switch(r.op){case"FFT":return[s.fft(b("x",r,t,e))];case"IFFT":return[s.ifft(b("x",r,t,e))];case"RFFT":return[s.rfft(b("x",r,t,e))];case"IRFFT":return[s.irfft(b("x",r,t,e))];default:throw TypeError(`Node type ${r.op} is not implemented`)}};var c0=(r,t,e,s=vt)=>{switch(r.op){case"StaticRegexReplace":return[s.string.staticRegexReplace(b("input",r,t,e),b("pattern",r,t,e),b("rewrite",r,t,e),b("replaceGlobal",r,t,e))];case"StringNGrams":{let{nGrams:n,nGramsSplits:o}=s.string.stringNGrams(b("data",r,t,e),b("dataSplits",r,t,e),b("separator",r,t,e),b("nGramWidths",r,t,e),b("leftPad",r,t,e),b("rightPad",r,t,e),b("padWidth",r,t,e),b("preserveShortSequences",r,t,e));return[n,o]}case"StringSplit":{let{indices:n,values:o,shape:i}=s.string.stringSplit(b("input",r,t,e),b("delimiter",r,t,e),b("skipEmpty",r,t,e));return[n,o,i]}case"StringToHashBucketFast":return[s.string.stringToHashBucketFast(b("input",r,t,e),b("numBuckets",r,t,e))];default:throw TypeError(`Node type ${r.op} is not implemented`)}};var p0=(r,t,e,s=vt)=>{switch(r.op){case"Cast":return[s.cast(b("x",r,t,e),b("dtype",r,t,e))];case"ExpandDims":{let n=b("axis",r,t,e);return[s.expandDims(b("x",r,t,e),n)]}case"Squeeze":{let n=b("axis",r,t,e);return[s.squeeze(b("x",r,t,e),n)]}case"Reshape":return[s.reshape(b("x",r,t,e),b("shape",r,t,e))];case"EnsureShape":return[s.ensureShape(b("x",r,t,e),b("shape",r,t,e))];case"MirrorPad":return[s.mirrorPad(b("x",r,t,e),b("padding",r,t,e),b("mode",r,t,e))];case"PadV2":case"Pad":return[s.pad(b("x",r,t,e),b("padding",r,t,e),b("constantValue",r,t,e))];case"SpaceToBatchND":{let n=b("blockShape",r,t,e),o=b("paddings",r,t,e);return[s.spaceToBatchND(b("x",r,t,e),n,o)]}case"BatchToSpaceND":{let n=b("blockShape",r,t,e),o=b("crops",r,t,e);return[s.batchToSpaceND(b("x",r,t,e),n,o)]}case"DepthToSpace":{let n=b("blockSize",r,t,e),o=b("dataFormat",r,t,e).toUpperCase();return[s.depthToSpace(b("x",r,t,e),n,o)]}case"BroadcastTo":return[s.broadcastTo(b("x",r,t,e),b("shape",r,t,e))];case"BroadcastArgs":return[s.broadcastArgs(b("s0",r,t,e),b("s1",r,t,e))];default:throw TypeError(`Node type ${r.op} is not implemented`)}};function Jx(r,t,e,s,n=$){let o=((i,a,l)=>{switch(i.category){case"arithmetic":return n(()=>BI(i,a,l));case"basic_math":return n(()=>MI(i,a,l));case"control":return qI(i,a,l);case"convolution":return n(()=>XI(i,a,l));case"creation":return n(()=>YI(i,a,l));case"dynamic":return QI(i,a,l);case"evaluation":return n(()=>ZI(i,a,l));case"image":return n(()=>e0(i,a,l));case"graph":return n(()=>JI(i,a,l));case"logical":return n(()=>r0(i,a,l));case"matrices":return n(()=>s0(i,a,l));case"normalization":return n(()=>n0(i,a,l));case"ragged":return n(()=>o0(i,a,l));case"reduction":return n(()=>i0(i,a,l));case"slice_join":return n(()=>a0(i,a,l));case"sparse":return n(()=>l0(i,a,l));case"spectral":return n(()=>u0(i,a,l));case"string":return n(()=>c0(i,a,l));case"transformation":return n(()=>p0(i,a,l));case"hash_table":return t0(i,a,l,s);case"custom":let u=ud(i.op);if(u&&u.customExecutor)return u.customExecutor(new wd(i,a,l));throw TypeError(`Custom op ${i.op} is not registered.`);default:throw TypeError(`Unknown op '${i.op}'. File an issue at https://github.com/tensorflow/tfjs/issues so we can add it, or register a custom execution with tf.registerOp()`)}})(r,t,e);return C.isPromise(o)?o.then(i=>[].concat(i)):[].concat(o)}var ec=class{constructor(t={},e={},s={},n={},o){this.weightMap=t,this.tensorArrayMap=e,this.tensorListMap=s,this.functionMap=n,this.parseNodeNameCache=o,this.rootContext={id:0,frameName:"",iterationId:0},this.contexts=[this.rootContext],this.lastId=0,this.generateCurrentContextIds()}newFrame(t,e){return{id:t,frameName:e,iterationId:0}}set currentContext(t){this.contexts!==t&&(this.contexts=t,this.generateCurrentContextIds())}get currentContext(){return this.contexts}get currentContextId(){return this._currentContextIds[0]}get currentContextIds(){return this._currentContextIds}generateCurrentContextIds(){let t=[];for(let e=0;e<this.contexts.length-1;e++){let s=this.contexts.slice(0,this.contexts.length-e);t.push(this.contextIdforContexts(s))}t.push(""),this._currentContextIds=t}contextIdforContexts(t){return t?t.map(e=>e.id===0&&e.iterationId===0?"":`${e.frameName}-${e.iterationId}`).join("/"):""}enterFrame(t){this.contexts&&(this.lastId++,this.contexts=this.contexts.slice(),this.contexts.push(this.newFrame(this.lastId,t)),this._currentContextIds.unshift(this.contextIdforContexts(this.contexts)))}exitFrame(){if(this.contexts&&this.contexts.length>1)this.contexts=this.contexts.slice(),this.contexts.splice(-1),this.currentContextIds.shift();else throw new Error("Cannot exit frame, the context is empty")}nextIteration(){if(this.contexts&&this.contexts.length>0){this.contexts=this.contexts.slice(),this.lastId++;let t=Object.assign({},this.contexts[this.contexts.length-1]);t.iterationId+=1,t.id=this.lastId,this.contexts.splice(-1,1,t),this._currentContextIds.splice(0,1,this.contextIdforContexts(this.contexts))}else throw new Error("Cannot increase frame iteration, the context is empty")}getWeight(t){return this.weightMap[t]}addTensorArray(t){this.tensorArrayMap[t.id]=t}getTensorArray(t){return this.tensorArrayMap[t]}addTensorList(t){this.tensorListMap[t.id]=t}getTensorList(t){return this.tensorListMap[t]}dispose(t){for(let e in this.tensorArrayMap)this.tensorArrayMap[e].clearAndClose(t);for(let e in this.tensorListMap)this.tensorListMap[e].clearAndClose(t)}};function ty(r,t,e,s){let n=new Set,o=[],i=null,a=null,l=new Set,u=new Set(Object.keys(r).map(m=>Ue(m)[0]));s=s||[];let c=new Set(s.map(m=>Ue(m.name)[0])),p=[...t];for(;p.length>0;){let m=p.pop();if((sn(m)||J_(m)||tL(m))&&i==null&&(i=m,a=i.children.map(d=>d.name).filter(d=>n.has(d))),n.add(m.name),e[m.name]==null&&!u.has(m.name)&&!c.has(m.name)){if(m.inputs.length===0){o.push(m.name);continue}m.inputs.forEach(d=>{l.has(d.name)||(l.add(d.name),p.push(d))})}}return{inputs:r,outputs:t,usedNodes:n,missingInputs:o,dynamicNode:i,syncInputs:a}}function m0(r,t){let{usedNodes:e,inputs:s}=t,n=Object.keys(s).map(g=>Ue(g)[0]).map(g=>r.nodes[g]),o=r.initNodes||[],i=g=>e.has(typeof g=="string"?g:g.name);function a(g){return[...new Map(g.map(x=>[x.name,x])).values()]}let l=a([...n,...r.weights,...o]).filter(i),u=a([...l,...Object.values(r.nodes)]).filter(i),c=new Map(u.map(g=>[g.name,g])),p={};for(let g of u){p[g.name]=p[g.name]||0;for(let x of g.children)i(x)||(p[x.name]=Number.POSITIVE_INFINITY),p[x.name]=(p[x.name]||0)+1}let m=Object.entries(p).filter(([,g])=>g===0).map(([g])=>g),d=[...m];for(;m.length>0;){let g=m.pop(),x=c.get(g);for(let y of x.children.filter(i))--p[y.name]===0&&(d.push(y.name),m.push(y.name))}let f=d.map(g=>c.get(g)),h=j_(f,l);return X_(h,l),h}function j_(r,t){let e=new Map(r.map(i=>[i.name,i])),s=t.map(i=>i.name),n=new Set(s);for(;s.length>0;){let i=s.pop(),a=e.get(i);for(let l of a.children)!e.has(l.name)||n.has(l.name)||(n.add(l.name),s.push(l.name))}return r.filter(i=>n.has(i.name))}var hl=class extends Error{constructor(t){super(`NodesExecutionOrderError: ${t}`)}};function X_(r,t){let e=new Map(r.map((a,l)=>[a.name,l])),s=new Set(t.map(a=>a.name)),n=a=>s.has(typeof a=="string"?a:a.name),o=new Set(r.map(a=>a.name)),i=a=>o.has(typeof a=="string"?a:a.name);for(let a of r){for(let l of a.children.filter(i)){if(!e.has(l.name))throw new hl(`Child ${l.name} of node ${a.name} is unreachable.`);if(e.get(a.name)>e.get(l.name))throw new hl(`Node ${a.name} is scheduled to run after its child ${l.name}.`)}if(!n(a))for(let l of a.inputs){if(!e.has(l.name))throw new hl(`Input ${l.name} of node ${a.name} is unreachable.`);if(e.get(l.name)>e.get(a.name))throw new hl(`Node ${a.name} is scheduled to run before its input ${l.name}.`)}}}function d0(r){let t=new Map(r.map((a,l)=>[a.name,l])),e=Number.MAX_SAFE_INTEGER,s=r.map((a,l)=>sn(a)?e:l),n=a=>{let l=s[t.get(a.name)];return l??-1},o=r.map((a,l)=>a.children.map(n).reduce((u,c)=>Math.max(u,c),s[l])),i=new Map;for(let a=0;a<r.length;++a){let l=o[a];if(l===e)continue;let u=r[a],c=r[l];i.has(c.name)||i.set(c.name,[]),i.get(c.name).push(u)}return i}var Y_=new Set(["Switch","Merge","Enter","Exit","NextIteration","StatelessIf","StatelessWhile","if","While"]),Q_=new Set(["NonMaxSuppressionV2","NonMaxSuppressionV3","NonMaxSuppressionV5","Where"]),Z_=new Set(["HashTable","HashTableV2","LookupTableImport","LookupTableImportV2","LookupTableFind","LookupTableFindV2","LookupTableSize","LookupTableSizeV2"]);function sn(r){return Y_.has(r.op)}function J_(r){return Q_.has(r.op)}function tL(r){return Z_.has(r.op)}var rc=class r{get weightIds(){return this.parent?this.parent.weightIds:this._weightIds}get functionExecutorMap(){return this.parent?this.parent.functionExecutorMap:this._functionExecutorMap}get weightMap(){return this.parent?this.parent.weightMap:this._weightMap}set weightMap(t){let e=Object.keys(t).map(s=>t[s].map(n=>n.id));this._weightIds=[].concat(...e),this._weightMap=t}set resourceManager(t){this._resourceManager=t}get inputs(){return this._inputs.map(t=>({name:t.name,shape:t.attrParams.shape?t.attrParams.shape.value:void 0,dtype:t.attrParams.dtype?t.attrParams.dtype.value:void 0}))}get outputs(){return this._outputs.map(t=>({name:t.name,shape:t.attrParams.shape?t.attrParams.shape.value:void 0,dtype:t.attrParams.dtype?t.attrParams.dtype.value:void 0}))}get inputNodes(){return this._inputs.map(t=>t.signatureKey||t.name)}get outputNodes(){return this._outputs.map(t=>{let e=t.signatureKey||t.name;return t.defaultOutput?`${e}:${t.defaultOutput}`:e})}get functions(){return Object.keys(this._functions).reduce((t,e)=>(t[e]=this._functions[e].signature,t),{})}constructor(t,e){this.graph=t,this.parent=e,this.compiledMap=new Map,this.parseNodeNameCache=new Map,this._weightMap={},this.SEPARATOR=",",this._functions={},this._functionExecutorMap={},this.keepIntermediateTensors=!1,this._outputs=t.outputs,this._inputs=t.inputs,this._initNodes=t.initNodes,this._signature=t.signature,this._functions=t.functions,t.functions!=null&&Object.keys(t.functions).forEach(s=>{this._functionExecutorMap[s]=new r(t.functions[s],this)})}getCompilationKey(t,e){let s=t.map(o=>o.name).sort(),n=e.map(o=>o.name).sort();return s.join(this.SEPARATOR)+"--"+n.join(this.SEPARATOR)}compile(t,e){let s=ty(t,e,this.weightMap,this._initNodes),{missingInputs:n,dynamicNode:o,syncInputs:i}=s;if(o!=null)throw new Error(`This execution contains the node '${o.name}', which has the dynamic op '${o.op}'. Please use model.executeAsync() instead. Alternatively, to avoid the dynamic ops, specify the inputs [${i}]`);if(n.length>0){let u=e.map(p=>p.name),c=Object.keys(t);throw new Error(`Cannot compute the outputs [${u}] from the provided inputs [${c}]. Missing the following inputs: [${n}]`)}let a=m0(this.graph,s),l=d0(a);return{orderedNodes:a,nodeLiveUntilMap:l}}cloneAndKeepTensor(t){if(t==null)return null;let e=t.clone();return Kt(e),e}cloneTensorList(t){return t?t.map(s=>this.cloneAndKeepTensor(s)):null}cloneTensorMap(t){return Object.fromEntries(Object.entries(t).map(([e,s])=>[e,this.cloneTensorList(s)]))}execute(t,e){this.disposeIntermediateTensors(),t=this.mapInputs(t);let s=Object.keys(t).sort();this.checkInputs(t),this.checkInputShapeAndType(t),e=this.mapOutputs(e),this.checkOutputs(e);let n=s.map(m=>this.graph.nodes[Ue(m)[0]]),o=e.map(m=>Ue(m)[0]),i=new Set(o),a=o.map(m=>this.graph.nodes[m]);a.length===0&&(a=this._outputs);let l=this.getCompilationKey(n,a),u=this.compiledMap.get(l);u==null&&(u=this.compile(t,a),this.compiledMap.set(l,u));try{this.keepIntermediateTensors=O().getBool("KEEP_INTERMEDIATE_TENSORS")}catch(m){this.keepIntermediateTensors=!1,console.warn(m.message)}let c={},p={};return $(()=>{let m=new ec(this.weightMap,c,p,this.functionExecutorMap,this.parseNodeNameCache),d=Object.assign({},this.weightMap);this.keepIntermediateTensors&&(this.clonedTensorsMap=this.cloneTensorMap(this.weightMap)),Object.keys(t).forEach(x=>{let[y,N]=Ue(x,m),w=[];w[N]=t[x],d[y]=w,this.keepIntermediateTensors&&(this.clonedTensorsMap[y]=this.cloneTensorList(w))});let f=this.getFrozenTensorIds(d),{orderedNodes:h,nodeLiveUntilMap:g}=u;for(let x of h){if(d[x.name])continue;let y=Jx(x,d,m,this._resourceManager);if(C.isPromise(y))throw new Error(`The execution of the op '${x.op}' returned a promise. Please use model.executeAsync() instead.`);d[x.name]=y,this.keepIntermediateTensors&&(this.clonedTensorsMap[x.name]=this.cloneTensorList(y)),this.checkTensorForDisposalWithNodeLiveUntilInfo(x,d,m,f,i,g.get(x.name))}return this.parent==null&&m.dispose(f),e.map(x=>ue(x,d,m))})}getFrozenTensorIds(t){let e=[].concat.apply([],Object.keys(t).map(s=>t[s]).map(s=>s.map(n=>n.id)));return new Set(e)}checkTensorForDisposal(t,e,s,n,o,i,a){if(!(sn(e)||i.has(t))){for(let l of s[t])l!=null&&(a[l.id]=(a[l.id]||0)+e.children.length);for(let l of e.inputs){if(sn(l))continue;let u=$x(l.name,s,n);if(u!=null)for(let c of u){if(!c||c.kept||o.has(c.id))continue;let p=a[c.id];p===1?(c.dispose(),delete a[c.id]):p!=null&&a[c.id]--}}}}checkTensorForDisposalWithNodeLiveUntilInfo(t,e,s,n,o,i){function a(l){return sn(l)||o.has(l.name)}if(!(sn(t)||i==null))for(let l of i){if(a(l))continue;let u=$x(l.name,e,s);for(let c of u)!c||c.kept||n.has(c.id)||c.dispose()}}async executeAsync(t,e){return this._executeAsync(t,e)}disposeIntermediateTensors(){this.clonedTensorsMap&&(Object.values(this.clonedTensorsMap).forEach(t=>{for(let e of t)e&&!e.isDisposed&&e.dispose()}),this.clonedTensorsMap=null)}getIntermediateTensors(){return this.clonedTensorsMap}async _executeAsync(t,e,s=!1,n={},o={}){this.disposeIntermediateTensors(),s||(t=this.mapInputs(t),this.checkInputs(t),this.checkInputShapeAndType(t),e=this.mapOutputs(e),this.checkOutputs(e));try{this.keepIntermediateTensors=O().getBool("KEEP_INTERMEDIATE_TENSORS")}catch(m){this.keepIntermediateTensors=!1,console.warn(m.message)}let i=new ec(this.weightMap,n,o,this.functionExecutorMap,this.parseNodeNameCache);this.keepIntermediateTensors&&(this.clonedTensorsMap=this.cloneTensorMap(this.weightMap));let a=await this.executeWithControlFlow(t,i,e,s),l=e.map(m=>ue(m,a,i)),u=l.map(m=>m.id),c=Object.keys(t).map(m=>t[m].id),p=new Set([...u,...c,...this.weightIds]);return Object.values(a).forEach(m=>{m.forEach(d=>{d&&!d.isDisposed&&!p.has(d.id)&&d.dispose()})}),this.parent==null&&i.dispose(p),l}async executeFunctionAsync(t,e,s){let n=t.reduce((o,i,a)=>(o[this.inputs[a].name]=i,o),{});return this._executeAsync(n,this.outputNodes,!0,e,s)}async executeWithControlFlow(t,e,s,n){let o=Object.keys(t),i=o.map(w=>this.graph.nodes[Ue(w)[0]]),a=s.map(w=>Ue(w)[0]),l=new Set(a),u=a.map(w=>this.graph.nodes[w]);u.length===0&&(u=this._outputs);let{usedNodes:c,missingInputs:p,dynamicNode:m,syncInputs:d}=ty(t,u,this.weightMap,this._initNodes),f=[...i,...this.graph.weights,...this._initNodes||[]].map(w=>({node:w,contexts:e.currentContext})),h=Object.assign({},this.weightMap);Object.keys(t).forEach(w=>{let[I,T]=Ue(w),A=[];A[T]=t[w],h[I]=A});let g={},x=this.getFrozenTensorIds(h),y={};for(;f.length>0;){let w=this.processStack(i,f,e,h,y,x,l,g,c);await Promise.all(w)}m==null&&!n&&console.warn("This model execution did not contain any nodes with control flow or dynamic output shapes. You can use model.execute() instead.");let N=u.filter(w=>!sn(w)&&!ue(w.name,h,e)).map(w=>w.name);if(N.length>0){let w="";throw m!=null&&(w=`Alternatively, to avoid the dynamic ops, use model.execute() and specify the inputs [${d}]`),new Error(`Cannot compute the outputs [${N}] from the provided inputs [${o}]. Consider providing the following inputs: [${p}]. ${w}`)}return h}processStack(t,e,s,n,o,i,a,l,u){let c=[];for(;e.length>0;){let p=e.pop();s.currentContext=p.contexts;let m="";if(p.node.op==="Enter"&&b("isConstant",p.node,n,s)&&([m]=Xr(p.node.name,s)),n[p.node.name]==null){let d=Jx(p.node,n,s,this._resourceManager);m||([m]=Xr(p.node.name,s));let f=s.currentContext;C.isPromise(d)?c.push(d.then(h=>(n[m]=h,this.keepIntermediateTensors&&(this.clonedTensorsMap[m]=this.cloneTensorList(h)),s.currentContext=f,this.checkTensorForDisposal(m,p.node,n,s,i,a,l),this.processChildNodes(p.node,e,s,n,o,u),h))):(n[m]=d,this.keepIntermediateTensors&&(this.clonedTensorsMap[m]=this.cloneTensorList(d)),this.checkTensorForDisposal(m,p.node,n,s,i,a,l),this.processChildNodes(p.node,e,s,n,o,u))}else this.processChildNodes(p.node,e,s,n,o,u)}return c}processChildNodes(t,e,s,n,o,i){t.children.forEach(a=>{let[l]=Xr(a.name,s);o[l]||!i.has(a.name)||(a.op==="Merge"?a.inputNames.some(u=>!!ue(u,n,s))&&(o[l]=!0,e.push({contexts:s.currentContext,node:a})):a.inputNames.every(u=>!!ue(u,n,s))&&(o[l]=!0,e.push({contexts:s.currentContext,node:a})))})}dispose(){Object.keys(this.weightMap).forEach(t=>this.weightMap[t].forEach(e=>e.dispose()))}checkInputShapeAndType(t){Object.keys(t).forEach(e=>{let s=t[e],[n]=Ue(e),o=this.graph.nodes[n];if(o.attrParams.shape&&o.attrParams.shape.value){let i=o.attrParams.shape.value,a=i.length===s.shape.length&&s.shape.every((l,u)=>i[u]===-1||i[u]===l);C.assert(a,()=>`The shape of dict['${o.name}'] provided in model.execute(dict) must be [${i}], but was [${s.shape}]`)}o.attrParams.dtype&&o.attrParams.dtype.value&&C.assert(s.dtype===o.attrParams.dtype.value,()=>`The dtype of dict['${o.name}'] provided in model.execute(dict) must be ${o.attrParams.dtype.value}, but was ${s.dtype}`)})}mapInputs(t){var e,s;let n={};for(let o in t){let i=(s=(e=this._signature)===null||e===void 0?void 0:e.inputs)===null||s===void 0?void 0:s[o];i!=null?n[i.name]=t[o]:n[o]=t[o]}return n}checkInputs(t){let e=Object.keys(t).filter(s=>{let[n]=Ue(s);return this.graph.nodes[n]==null});if(e.length>0)throw new Error(`The dict provided in model.execute(dict) has keys: [${e}] that are not part of graph`)}mapOutputs(t){return t.map(e=>{var s,n;let o=(n=(s=this._signature)===null||s===void 0?void 0:s.outputs)===null||n===void 0?void 0:n[e];return o!=null?o.name:e},{})}checkOutputs(t){t.forEach(e=>{let[s]=Ue(e);if(!this.graph.nodes[s])throw new Error(`The output '${e}' is not found in the graph`)})}};var vd=class{constructor(t={},e={}){this.hashTableNameToHandle=t,this.hashTableMap=e}addHashTable(t,e){this.hashTableNameToHandle[t]=e.handle,this.hashTableMap[e.id]=e}getHashTableHandleByName(t){return this.hashTableNameToHandle[t]}getHashTableById(t){return this.hashTableMap[t]}dispose(){for(let t in this.hashTableMap)this.hashTableMap[t].clearAndClose(),delete this.hashTableMap[t];for(let t in this.hashTableNameToHandle)this.hashTableNameToHandle[t].dispose(),delete this.hashTableNameToHandle[t]}};var eL="?tfjs-format=file",rL="model.json",sc=class{get modelVersion(){return this.version}get inputNodes(){return this.executor.inputNodes}get outputNodes(){return this.executor.outputNodes}get inputs(){return this.executor.inputs}get outputs(){return this.executor.outputs}get weights(){return this.executor.weightMap}get metadata(){return this.artifacts.userDefinedMetadata}get modelSignature(){return this.signature}get modelStructuredOutputKeys(){return this.structuredOutputKeys}constructor(t,e={},s=Ee){this.modelUrl=t,this.loadOptions=e,this.version="n/a",this.io=s,e==null&&(this.loadOptions={}),this.resourceManager=new vd}findIOHandler(){let t=this.modelUrl;if(t.load!=null)this.handler=t;else if(this.loadOptions.requestInit!=null)this.handler=this.io.browserHTTPRequest(t,this.loadOptions);else{let e=this.io.getLoadHandlers(t,this.loadOptions);if(e.length===0)e.push(this.io.browserHTTPRequest(t,this.loadOptions));else if(e.length>1)throw new Error(`Found more than one (${e.length}) load handlers for URL '${[t]}'`);this.handler=e[0]}}load(){if(this.findIOHandler(),this.handler.load==null)throw new Error("Cannot proceed with model loading because the IOHandler provided does not have the `load` method implemented.");let t=this.handler.load();return C.isPromise(t)?t.then(e=>e.getWeightStream==null?this.loadSync(e):this.loadStreaming(e)):this.loadSync(t)}loadSync(t){let e=this.io.decodeWeights(t.weightData,t.weightSpecs);return this.loadWithWeightMap(t,e)}async loadStreaming(t){if(t.getWeightStream==null)throw new Error("Model artifacts missing streamWeights function");let e=await iC(t.getWeightStream(),t.weightSpecs);return this.loadWithWeightMap(t,e)}loadWithWeightMap(t,e){this.artifacts=t;let s=this.artifacts.modelTopology,n=this.artifacts.signature;if(this.artifacts.userDefinedMetadata!=null){let o=this.artifacts.userDefinedMetadata;o.signature!=null&&(n=o.signature),o.structuredOutputKeys!=null&&(this.structuredOutputKeys=o.structuredOutputKeys)}if(this.signature=n,this.version=`${s.versions.producer}.${s.versions.minConsumer}`,this.executor=new rc(tc.Instance.transformGraph(s,this.signature)),this.executor.weightMap=this.convertTensorMapToTensorsMap(e),this.executor.resourceManager=this.resourceManager,t.modelInitializer!=null&&t.modelInitializer.node!=null){let o=tc.Instance.transformGraph(t.modelInitializer);this.initializer=new rc(o),this.initializer.weightMap=this.executor.weightMap,this.initializer.resourceManager=this.resourceManager,this.initializerSignature=t.initializerSignature}return!0}async save(t,e){if(typeof t=="string"){let s=this.io.getSaveHandlers(t);if(s.length===0)throw new Error(`Cannot find any save handlers for URL '${t}'`);if(s.length>1)throw new Error(`Found more than one (${s.length}) save handlers for URL '${t}'`);t=s[0]}if(t.save==null)throw new Error("GraphModel.save() cannot proceed because the IOHandler provided does not have the `save` attribute defined.");return t.save(this.artifacts)}addStructuredOutputNames(t){if(this.structuredOutputKeys){let e=t instanceof ae?[t]:t,s={};return e.forEach((n,o)=>s[this.structuredOutputKeys[o]]=n),s}return t}predict(t,e){let s=this.execute(t,this.outputNodes);return this.addStructuredOutputNames(s)}async predictAsync(t,e){let s=await this.executeAsync(t,this.outputNodes);return this.addStructuredOutputNames(s)}normalizeInputs(t){var e;if(!(t instanceof ae)&&!Array.isArray(t)){let o=(e=this.signature)===null||e===void 0?void 0:e.inputs;if(o!=null)for(let i in o){let a=o[i];a.resourceId!=null&&(t[i]=this.resourceIdToCapturedInput[a.resourceId])}return t}t=Array.isArray(t)?t:[t];let s=Object.keys(this.resourceIdToCapturedInput).length;if(t.length+s!==this.inputNodes.length)throw new Error(`Input tensor count mismatch, the graph model has ${this.inputNodes.length-s} non-resource placeholders, while there are ${t.length} input tensors provided.`);let n=0;return this.inputNodes.reduce((o,i)=>{var a,l,u;let c=(u=(l=(a=this.signature)===null||a===void 0?void 0:a.inputs)===null||l===void 0?void 0:l[i])===null||u===void 0?void 0:u.resourceId;return c!=null?o[i]=this.resourceIdToCapturedInput[c]:o[i]=t[n++],o},{})}normalizeOutputs(t){return t=t||this.outputNodes,Array.isArray(t)?t:[t]}executeInitializerGraph(){return this.initializer==null?[]:this.initializerSignature==null?this.initializer.execute({},[]):this.initializer.execute({},Object.keys(this.initializerSignature.outputs))}async executeInitializerGraphAsync(){return this.initializer==null?[]:this.initializerSignature==null?this.initializer.executeAsync({},[]):this.initializer.executeAsync({},Object.keys(this.initializerSignature.outputs))}setResourceIdToCapturedInput(t){if(this.resourceIdToCapturedInput={},this.initializerSignature){let e=this.initializerSignature.outputs,s=Object.keys(e);for(let n=0;n<s.length;n++){let o=s[n],i=e[o];this.resourceIdToCapturedInput[i.resourceId]=t[n]}}}execute(t,e){this.resourceIdToCapturedInput==null&&this.setResourceIdToCapturedInput(this.executeInitializerGraph()),t=this.normalizeInputs(t),e=this.normalizeOutputs(e);let s=this.executor.execute(t,e);return s.length>1?s:s[0]}async executeAsync(t,e){this.resourceIdToCapturedInput==null&&this.setResourceIdToCapturedInput(await this.executeInitializerGraphAsync()),t=this.normalizeInputs(t),e=this.normalizeOutputs(e);let s=await this.executor.executeAsync(t,e);return s.length>1?s:s[0]}getIntermediateTensors(){return this.executor.getIntermediateTensors()}disposeIntermediateTensors(){this.executor.disposeIntermediateTensors()}convertTensorMapToTensorsMap(t){return Object.keys(t).reduce((e,s)=>(e[s]=[t[s]],e),{})}dispose(){this.executor.dispose(),this.initializer&&(this.initializer.dispose(),this.resourceIdToCapturedInput&&It(this.resourceIdToCapturedInput)),this.resourceManager.dispose()}};async function sL(r,t={},e=Ee){if(r==null)throw new Error("modelUrl in loadGraphModel() cannot be null. Please provide a url or an IOHandler that loads the model");t==null&&(t={}),t.fromTFHub&&typeof r=="string"&&(r=oL(r));let s=new sc(r,t,e);return await s.load(),s}function nL(r){if(r==null)throw new Error("modelUrl in loadGraphModelSync() cannot be null. Please provide model artifacts or an IOHandler that loads the model");let t;if(r instanceof Array){let[s,n]=r;if(!s)throw new Error("modelJSON must be the first element of the array");if(!n||!(n instanceof ArrayBuffer))throw new Error("An ArrayBuffer of weights must be the second element of the array");if(!("modelTopology"in s))throw new Error("Model JSON is missing 'modelTopology'");if(!("weightsManifest"in s))throw new Error("Model JSON is missing 'weightsManifest'");let o=Ee.getWeightSpecs(s.weightsManifest),i=Ee.getModelArtifactsForJSONSync(s,o,n);t=Ee.fromMemorySync(i)}else if("load"in r)t=r;else if("modelTopology"in r&&"weightSpecs"in r&&"weightData"in r)t=Ee.fromMemorySync(r);else throw new Error("Unknown model format");let e=new sc(t);return e.load(),e}function oL(r){return r.endsWith("/")||(r=r+"/"),`${r}${rL}${eL}`}var ey="4.22.0";var O0={};Bt(O0,{CSVDataset:()=>yl,Dataset:()=>Qr,FileDataSource:()=>wl,TextLineDataset:()=>xl,URLDataSource:()=>Nl,array:()=>S0,csv:()=>A0,func:()=>E0,generator:()=>R0,microphone:()=>D0,version_data:()=>zd,webcam:()=>$0,zip:()=>I0});var N0=Bh(Lg());var b0=Bh(Lg());function f0(r,t){return Td(r,t)}function Td(r,t,e=new Map,s=new Set){if(r==null)return null;if(typeof Blob=="function"&&r instanceof Blob)return r.slice();if(s.has(r))throw new Error("Circular references are not supported.");if(e.has(r))return e.get(r);let n=t(r);if(n.recurse&&n.value!==null)throw new Error("A deep map function may not return both a value and recurse=true.");if(n.recurse)if(nn(r)){let o=Array.isArray(r)?[]:{};s.add(r);for(let i in r){let a=r[i],l=Td(a,t,e,s);o[i]=l}return s.delete(r),r.__proto__&&(o.__proto__=r.__proto__),o}else throw new Error(`Can't recurse into non-iterable type: ${r}`);else return e.set(r,n.value),n.value}function h0(r,t=ry){return g0(r,t)}function g0(r,t,e=new Set){let s=r[0];if(e.has(s))throw new Error("Circular references are not supported.");let n=t(r);if(n.recurse&&n.value!==null)throw new Error("A deep zip function may not return both a value and recurse=true.");if(n.recurse)if(nn(s)){let o=Array.isArray(s)?[]:{};e.add(s);for(let i in s){let a=r.map(u=>u[i]),l=g0(a,t,e);o[i]=l}return e.delete(s),o}else throw new Error(`Can't recurse into non-iterable type: ${s}`);else return n.value}function ry(r){return r===null?null:nn(r[0])?{value:null,recurse:!0}:{value:r,recurse:!1}}async function kd(r,t){let e=new Map;Td(r,t,e);for(let n of Array.from(e.keys())){let o=e.get(n);if(C.isPromise(o)){let i=await o;e.set(n,i)}}return Td(r,t,e)}function nn(r){let t=!1;if(O().get("IS_BROWSER"))t=r instanceof TextDecoder;else{let{StringDecoder:e}=Vh("string_decoder");t=r instanceof e}return r!=null&&!ArrayBuffer.isView(r)&&(Array.isArray(r)||typeof r=="object"&&!(r instanceof ae)&&!(r instanceof Promise)&&!t)}function x0(r){return r==null||iL(r)||Array.isArray(r)||typeof r=="object"&&r instanceof ae||C.isTypedArray(r)}function iL(r){return r===null||typeof r!="object"&&typeof r!="function"}function y0(r){return f0(r,aL)}function aL(r){return r instanceof ae?{value:r.clone(),recurse:!1}:nn(r)?{value:null,recurse:!0}:{value:r,recurse:!1}}var gl=class{constructor(t){if(this.capacity=t,this.begin=0,this.end=0,t==null)throw new RangeError("Can't create a ring buffer of unknown capacity.");if(t<1)throw new RangeError("Can't create ring buffer of capacity < 1.");this.data=new Array(t),this.doubledCapacity=2*t}wrap(t){for(;t<0;)t+=this.doubledCapacity;return t%this.doubledCapacity}get(t){if(t<0)throw new RangeError("Can't get item at a negative index.");return this.data[t%this.capacity]}set(t,e){if(t<0)throw new RangeError("Can't set item at a negative index.");this.data[t%this.capacity]=e}length(){let t=this.end-this.begin;return t<0&&(t=this.doubledCapacity+t),t}isFull(){return this.length()===this.capacity}isEmpty(){return this.length()===0}push(t){if(this.isFull())throw new RangeError("Ring buffer is full.");this.set(this.end,t),this.end=this.wrap(this.end+1)}pushAll(t){for(let e of t)this.push(e)}pop(){if(this.isEmpty())throw new RangeError("Ring buffer is empty.");this.end=this.wrap(this.end-1);let t=this.get(this.end);return this.set(this.end,void 0),t}unshift(t){if(this.isFull())throw new RangeError("Ring buffer is full.");this.begin=this.wrap(this.begin-1),this.set(this.begin,t)}shift(){if(this.isEmpty())throw new RangeError("Ring buffer is empty.");let t=this.get(this.begin);return this.set(this.begin,void 0),this.begin=this.wrap(this.begin+1),t}shuffleExcise(t){if(this.isEmpty())throw new RangeError("Ring buffer is empty.");let e=this.wrap(this.begin+t),s=this.get(e);return this.set(e,this.pop()),s}};var nc=class r extends gl{constructor(){super(r.INITIAL_CAPACITY)}isFull(){return!1}push(t){super.isFull()&&this.expand(),super.push(t)}unshift(t){super.isFull()&&this.expand(),super.unshift(t)}expand(){let t=this.capacity*2,e=new Array(t),s=this.length();for(let n=0;n<s;n++)e[n]=this.get(this.wrap(this.begin+n));this.data=e,this.capacity=t,this.doubledCapacity=2*this.capacity,this.begin=0,this.end=s}};nc.INITIAL_CAPACITY=32;function hy(r){return new sy(r)}function oc(r){return new ny(r)}function C0(r,t){return new Ed(r,t)}function w0(r,t=Os.FAIL){return new dy(r,t)}var Jt=class{async toArray(){let t=[],e=await this.next();for(;!e.done;)t.push(e.value),e=await this.next();return t}async toArrayForTest(){let t=this.prefetch(100),e=[],s=await t.next();for(;!s.done;)e.push(s.value),s=await t.next();return e}async resolveFully(){let t=await this.next();for(;!t.done;)t=await this.next()}async resolveWhile(t){let e=await this.next(),s=t(e.value);for(;!e.done&&s;)e=await this.next(),s=t(e.value)}handleErrors(t){return new py(this,t)}filter(t){return new uy(this,t)}map(t){return new cy(this,t)}mapAsync(t){return new Ad(this,t)}serialMapAsync(t){return new Ad(this,t).serial()}flatmap(t){return new my(this,t)}async forEachAsync(t){return this.map(t).resolveFully()}async serialForEach(t){return this.serialMapAsync(t).resolveWhile(e=>e===!0)}rowMajorBatch(t,e=!0){return new ly(this,t,e)}columnMajorBatch(t,e=!0,s=ry){return this.rowMajorBatch(t,e).map(o=>h0(o,s))}concatenate(t,e){return new Ed(hy([this,t]),e)}take(t){return t<0||t==null?this:new ay(this,t)}skip(t){return t<0||t==null?this:new iy(this,t)}prefetch(t){return new Rd(this,t)}shuffle(t,e){return new fy(this,t,e)}serial(){return new oy(this)}},sy=class extends Jt{constructor(t){super(),this.items=t,this.trav=0}summary(){return`Array of ${this.items.length} items`}async next(){if(this.trav>=this.items.length)return{value:null,done:!0};let t=this.items[this.trav];return this.trav++,{value:y0(t),done:!1}}},ny=class extends Jt{constructor(t){super(),this.nextFn=t}summary(){return"Function call"}async next(){try{return this.nextFn()}catch(t){throw t.message=`Error thrown while iterating through a dataset: ${t.message}`,t}}},oy=class extends Jt{constructor(t){super(),this.upstream=t,this.lastRead=Promise.resolve({value:null,done:!1})}summary(){return`${this.upstream.summary()} -> Serial`}async next(){return this.lastRead=this.lastRead.then(()=>this.serialNext()),this.lastRead}async serialNext(){return this.upstream.next()}},iy=class extends Jt{constructor(t,e){super(),this.upstream=t,this.maxCount=e,this.count=0,this.lastRead=Promise.resolve({value:null,done:!1})}summary(){return`${this.upstream.summary()} -> Skip`}async next(){return this.lastRead=this.lastRead.then(()=>this.serialNext()),this.lastRead}async serialNext(){for(;this.count++<this.maxCount;){let t=await this.upstream.next();if(t.done)return t;It(t.value)}return this.upstream.next()}},ay=class extends Jt{constructor(t,e){super(),this.upstream=t,this.maxCount=e,this.count=0}summary(){return`${this.upstream.summary()} -> Take`}async next(){return this.count++>=this.maxCount?{value:null,done:!0}:this.upstream.next()}},ly=class extends Jt{constructor(t,e,s=!0){super(),this.upstream=t,this.batchSize=e,this.enableSmallLastBatch=s,this.lastRead=Promise.resolve({value:null,done:!1})}summary(){return`${this.upstream.summary()} -> RowMajorBatch`}async next(){return this.lastRead=this.lastRead.then(()=>this.serialNext()),this.lastRead}async serialNext(){let t=[];for(;t.length<this.batchSize;){let e=await this.upstream.next();if(e.done)return this.enableSmallLastBatch&&t.length>0?{value:t,done:!1}:{value:null,done:!0};t.push(e.value)}return{value:t,done:!1}}},uy=class extends Jt{constructor(t,e){super(),this.upstream=t,this.predicate=e,this.lastRead=Promise.resolve({value:null,done:!1})}summary(){return`${this.upstream.summary()} -> Filter`}async next(){return this.lastRead=this.lastRead.then(()=>this.serialNext()),this.lastRead}async serialNext(){for(;;){let t=await this.upstream.next();if(t.done||this.predicate(t.value))return t;It(t.value)}}},cy=class extends Jt{constructor(t,e){super(),this.upstream=t,this.transform=e}summary(){return`${this.upstream.summary()} -> Map`}async next(){let t=await this.upstream.next();if(t.done)return{value:null,done:!0};let e=rs.getTensorsInContainer(t.value),s=this.transform(t.value),n=rs.getTensorsInContainer(s);for(let o of e)rs.isTensorInList(o,n)||o.dispose();return{value:s,done:!1}}},py=class extends Jt{constructor(t,e){super(),this.upstream=t,this.handler=e,this.count=0,this.lastRead=Promise.resolve({value:null,done:!1})}summary(){return`${this.upstream.summary()} -> handleErrors`}async next(){return this.lastRead=this.lastRead.then(()=>this.serialNext()),this.lastRead}async serialNext(){for(;;)try{return await this.upstream.next()}catch(t){if(!this.handler(t))return{value:null,done:!0}}}},Ad=class extends Jt{constructor(t,e){super(),this.upstream=t,this.transform=e}summary(){return`${this.upstream.summary()} -> AsyncMap`}async next(){let t=await this.upstream.next();if(t.done)return{value:null,done:!0};let e=rs.getTensorsInContainer(t.value),s=await this.transform(t.value),n=rs.getTensorsInContainer(s);for(let o of e)rs.isTensorInList(o,n)||o.dispose();return{value:s,done:!1}}},ho=class extends Jt{constructor(){super(),this.outputQueue=new nc,this.lastRead=Promise.resolve({value:null,done:!1})}async next(){return this.lastRead=this.lastRead.then(()=>this.serialNext()),this.lastRead}async serialNext(){for(;this.outputQueue.length()===0;)if(!await this.pump())return{value:null,done:!0};return{value:this.outputQueue.shift(),done:!1}}},my=class extends ho{constructor(t,e){super(),this.upstream=t,this.transform=e}summary(){return`${this.upstream.summary()} -> Flatmap`}async pump(){let t=await this.upstream.next();if(t.done)return!1;let e=rs.getTensorsInContainer(t.value),s=this.transform(t.value),n=rs.getTensorsInContainer(s);this.outputQueue.pushAll(s);for(let o of e)rs.isTensorInList(o,n)||o.dispose();return!0}},Ed=class extends Jt{constructor(t,e){super(),this.baseErrorHandler=e,this.lastRead=null,this.iterator=null,this.moreIterators=t}summary(){return"TODO: fill in upstream of chained summaries -> Chained"}async next(){return this.lastRead=this.readFromChain(this.lastRead),this.lastRead}async readFromChain(t){if(await t,this.iterator==null){let s=await this.moreIterators.next();if(s.done)return{value:null,done:!0};this.iterator=s.value,this.baseErrorHandler!=null&&(this.iterator=this.iterator.handleErrors(this.baseErrorHandler))}let e=await this.iterator.next();return e.done?(this.iterator=null,this.readFromChain(t)):e}},Os;(function(r){r[r.FAIL=0]="FAIL",r[r.SHORTEST=1]="SHORTEST",r[r.LONGEST=2]="LONGEST"})(Os||(Os={}));var dy=class extends Jt{constructor(t,e=Os.FAIL){super(),this.iterators=t,this.mismatchMode=e,this.count=0,this.currentPromise=null}summary(){return"{TODO: fill in upstream of zip summaries} -> Zip"}async nextState(t){await t;let e=0,s=0;function n(i){return i instanceof Jt?{value:i.next().then(l=>(e++,l.done&&s++,l.value)),recurse:!1}:{value:null,recurse:!0}}let o=await kd(this.iterators,n);if(e===s)return{value:null,done:!0};if(s>0)switch(this.mismatchMode){case Os.FAIL:throw new Error(`Zipped streams should have the same length. Mismatched at element ${this.count}.`);case Os.SHORTEST:return{value:null,done:!0};case Os.LONGEST:default:}return this.count++,{value:o,done:!1}}async next(){return this.currentPromise=this.nextState(this.currentPromise),this.currentPromise}},Rd=class extends Jt{constructor(t,e){super(),this.upstream=t,this.bufferSize=e,this.buffer=new gl(e)}summary(){return`${this.upstream.summary()} -> Prefetch`}refill(){for(;!this.buffer.isFull();){let t=this.upstream.next();this.buffer.push(t)}}next(){return this.refill(),this.buffer.shift()}},fy=class extends Rd{constructor(t,e,s){super(t,e),this.upstream=t,this.windowSize=e,this.upstreamExhausted=!1,this.random=b0.alea(s||C.now().toString()),this.lastRead=Promise.resolve({value:null,done:!1})}async next(){return this.lastRead=this.lastRead.then(()=>this.serialNext()),this.lastRead}randomInt(t){return Math.floor(this.random()*t)}chooseIndex(){return this.randomInt(this.buffer.length())}async serialNext(){for(this.upstreamExhausted||this.refill();!this.buffer.isEmpty();){let t=this.chooseIndex(),e=await this.buffer.shuffleExcise(t);if(e.done)this.upstreamExhausted=!0;else return this.refill(),e}return{value:null,done:!0}}};var Qr=class{constructor(){this.size=null}batch(t,e=!0){let s=this;C.assert(t>0,()=>`batchSize needs to be positive, but it is
      ${t}`);let n;return this.size===1/0||this.size==null?n=this.size:e?n=Math.ceil(this.size/t):n=Math.floor(this.size/t),Qe(async()=>(await s.iterator()).columnMajorBatch(t,e,lL),n)}concatenate(t){let e=this,s;return this.size===1/0||t.size===1/0?s=1/0:this.size!=null&&t.size!=null?s=this.size+t.size:s=null,Qe(async()=>(await e.iterator()).concatenate(await t.iterator()),s)}filter(t){let e=this,s;return this.size===1/0?s=1/0:s=null,Qe(async()=>(await e.iterator()).filter(n=>$(()=>t(n))),s)}async forEachAsync(t){return(await this.iterator()).forEachAsync(t)}map(t){let e=this;return Qe(async()=>(await e.iterator()).map(s=>$(()=>t(s))),this.size)}mapAsync(t){let e=this;return Qe(async()=>(await e.iterator()).mapAsync(t),this.size)}prefetch(t){if(t==null)throw new RangeError("`Dataset.prefetch()` requires bufferSize to be specified.");let e=this;return Qe(async()=>(await e.iterator()).prefetch(t),this.size)}repeat(t){let e=this,s;return this.size!=null&&t>0?s=this.size*t:t===0?s=0:this.size!=null&&(t===void 0||t<0)?s=1/0:s=null,Qe(async()=>{let n=oc(async()=>({value:await e.iterator(),done:!1}));return C0(n.take(t))},s)}skip(t){let e=this,s;return this.size!=null&&t>=0&&this.size>=t?s=this.size-t:this.size!=null&&(this.size<t||t===void 0||t<0)?s=0:s=null,Qe(async()=>(await e.iterator()).skip(t),s)}shuffle(t,e,s=!0){if(t==null||t<0)throw this.size==null?new RangeError("`Dataset.shuffle()` requires bufferSize to be specified."):new RangeError(`\`Dataset.shuffle()\` requires bufferSize to be specified.  If your data fits in main memory (for regular JS objects), and/or GPU memory (for \`tf.Tensor\`s), consider setting bufferSize to the dataset size (${this.size} elements)`);let n=this,o=N0.alea(e||C.now().toString());return Qe(async()=>{let i=o.int32();return s&&(i+=o.int32()),(await n.iterator()).shuffle(t,i.toString())},this.size)}take(t){let e=this,s;return this.size!=null&&this.size>t?s=t:this.size!=null&&this.size<=t?s=this.size:s=null,Qe(async()=>(await e.iterator()).take(t),s)}async toArray(){if(this.size===1/0)throw new Error("Can not convert infinite data stream to array.");return(await this.iterator()).toArray()}async toArrayForTest(){if(this.size===1/0)throw new Error("Can not convert infinite data stream to array.");return(await this.iterator()).toArrayForTest()}};Qr.MAX_BUFFER_SIZE=1e4;function Qe(r,t=null){return new class extends Qr{constructor(){super(...arguments),this.size=t}async iterator(){return r()}}}function S0(r){return Qe(async()=>hy(r),r.length)}function I0(r){if(!nn(r))throw new Error("The argument to zip() must be an object or array.");let t;if(Array.isArray(r))for(let e=0;e<r.length;e++)t=t==null?r[e].size:Math.min(t,r[e].size);else if(r instanceof Object)for(let e in r)t=t==null?r[e].size:Math.min(t,r[e].size);return Qe(async()=>{let e=await kd(r,s=>{if(s instanceof Qr)return{value:s.iterator(),recurse:!1};if(nn(s))return{value:null,recurse:!0};throw new Error("Leaves of the structure passed to zip() must be Datasets, not primitives.")});return w0(e,Os.SHORTEST)},t)}function lL(r){if(r===null)return null;let t=r[0];return x0(t)?{value:uL(r),recurse:!1}:{value:null,recurse:!0}}function uL(r){if(r.length===0)throw new Error("Can't make a batch of zero elements.");return r[0]instanceof ae?ge(r):xr(r)}var xl=class extends Qr{constructor(t){super(),this.input=t}async iterator(){return(await this.input.iterator()).decodeUTF8().split(`
`).map(n=>(n.endsWith("\r")&&(n=n.slice(0,-1)),n))}};var $d='"',ic=Symbol("out"),v0=Symbol("field"),Dd=Symbol("quote"),gy=Symbol("quoteafterquote"),T0=Symbol("quoteinquote"),yl=class extends Qr{async columnNames(){return this.columnNamesValidated||await this.setColumnNames(),this.configuredColumnsOnly?Object.keys(this.columnConfigs):this.fullColumnNames}async setColumnNames(){let t=await this.maybeReadHeaderLine();if(!this.fullColumnNames&&!t)throw new Error("Column names must be provided if there is no header line.");this.fullColumnNames&&t&&C.assert(t.length===this.fullColumnNames.length,()=>"The length of provided columnNames ("+this.fullColumnNames.length.toString()+") does not match the length of the header line read from file ("+t.length.toString()+")."),this.fullColumnNames||(this.fullColumnNames=t);let e=this.fullColumnNames.reduce((n,o)=>(n[o]=n[o]+1||1,n),{}),s=Object.keys(e).filter(n=>e[n]>1);if(C.assert(s.length===0,()=>"Duplicate column names found: "+s.toString()),this.columnConfigs){for(let n of Object.keys(this.columnConfigs))if(this.fullColumnNames.indexOf(n)===-1)throw new Error('The key "'+n+'" provided in columnConfigs does not match any of the column names ('+this.fullColumnNames.toString()+").")}this.columnNamesValidated=!0}async maybeReadHeaderLine(){if(this.hasHeader){let e=await(await this.base.iterator()).next();if(e.done)throw new Error("No data was found for CSV parsing.");let s=e.value;return this.parseRow(s,!1)}else return null}constructor(t,e){super(),this.input=t,this.hasHeader=!0,this.fullColumnNames=null,this.columnNamesValidated=!1,this.columnConfigs=null,this.configuredColumnsOnly=!1,this.delimiter=",",this.delimWhitespace=!1,this.base=new xl(t),e||(e={}),this.hasHeader=e.hasHeader!==!1,this.fullColumnNames=e.columnNames,this.columnConfigs=e.columnConfigs,this.configuredColumnsOnly=e.configuredColumnsOnly,e.delimWhitespace?(C.assert(e.delimiter==null,()=>"Delimiter should not be provided when delimWhitespace is true."),this.delimWhitespace=!0,this.delimiter=" "):this.delimiter=e.delimiter?e.delimiter:","}async iterator(){this.columnNamesValidated||await this.setColumnNames();let t=await this.base.iterator();return this.hasHeader&&(t=t.skip(1)),t.map(e=>this.makeDataElement(e))}makeDataElement(t){let e=this.parseRow(t),s={},n={};for(let o=0;o<this.fullColumnNames.length;o++){let i=this.fullColumnNames[o],a=this.columnConfigs?this.columnConfigs[i]:null;if(!(this.configuredColumnsOnly&&!a)){let l=e[o],u=null;if(l==="")if(a&&a.default!==void 0)u=a.default;else{if(a&&(a.required||a.isLabel))throw new Error(`Required column ${i} is empty in this line: ${t}`);u=void 0}else{let c=Number(l);if(isNaN(c))a&&a.dtype==="bool"?u=this.getBoolean(l):u=l;else if(!a||!a.dtype)u=c;else switch(a.dtype){case"float32":u=c;break;case"int32":u=Math.floor(c);break;case"bool":u=this.getBoolean(l);break;default:u=c}}a&&a.isLabel?n[i]=u:s[i]=u}}return Object.keys(n).length===0?s:{xs:s,ys:n}}getBoolean(t){return t==="1"||t.toLowerCase()==="true"?1:0}parseRow(t,e=!0){let s=[],n=0,o=t.length,i=ic;for(let a=0;a<o;a++)switch(i){case ic:switch(t.charAt(a)){case $d:n=a+1,i=Dd;break;case this.delimiter:if(n=a+1,this.delimiter===" "&&this.delimWhitespace)break;s.push(""),i=ic;break;default:i=v0,n=a;break}break;case v0:t.charAt(a)===this.delimiter&&(s.push(t.substring(n,a)),i=ic,n=a+1);break;case Dd:t.charAt(a)===$d&&(i=gy);break;case gy:switch(t.charAt(a)){case this.delimiter:s.push(t.substring(n,a-1)),i=ic,n=a+1;break;case $d:i=Dd;break;default:i=T0;break}break;case T0:t.charAt(a)===$d&&(i=Dd);break;default:}if(i===gy?s.push(t.substring(n,o-1)):s.push(t.substring(n)),e&&s.length!==this.fullColumnNames.length)throw new Error(`Invalid row in csv file. Should have ${this.fullColumnNames.length} elements in a row, but got ${s}`);return s}};var Od=class r extends Jt{constructor(t){super(),this.microphoneConfig=t,this.isClosed=!1,this.fftSize=t.fftSize||1024;let e=Math.log2(this.fftSize);if(this.fftSize<0||e<4||e>14||!Number.isInteger(e))throw new Error(`Invalid fftSize: it must be a power of 2 between 2 to 4 and 2 to 14, but got ${this.fftSize}`);if(this.numFrames=t.numFramesPerSpectrogram||43,this.sampleRateHz=t.sampleRateHz,this.columnTruncateLength=t.columnTruncateLength||this.fftSize,this.audioTrackConstraints=t.audioTrackConstraints,this.smoothingTimeConstant=t.smoothingTimeConstant||0,this.includeSpectrogram=t.includeSpectrogram!==!1,this.includeWaveform=t.includeWaveform===!0,!this.includeSpectrogram&&!this.includeWaveform)throw new Error("Both includeSpectrogram and includeWaveform are false. At least one type of data should be returned.")}summary(){return"microphone"}static async create(t={}){if(!O().get("IS_BROWSER"))throw new Error("microphone API is only supported in browser environment.");let e=new r(t);return await e.start(),e}async start(){try{this.stream=await navigator.mediaDevices.getUserMedia({audio:this.audioTrackConstraints==null?!0:this.audioTrackConstraints,video:!1})}catch(s){throw new Error(`Error thrown while initializing video stream: ${s.message}`)}if(!this.stream)throw new Error("Could not obtain audio from microphone.");let t=window.AudioContext||window.webkitAudioContext;if(this.audioContext=new t,!this.sampleRateHz)this.sampleRateHz=this.audioContext.sampleRate;else if(this.audioContext.sampleRate!==this.sampleRateHz)throw new Error(`Mismatch in sampling rate: Expected: ${this.sampleRateHz}; Actual: ${this.audioContext.sampleRate}`);let e=this.audioContext.createMediaStreamSource(this.stream);this.analyser=this.audioContext.createAnalyser(),this.analyser.fftSize=this.fftSize*2,this.analyser.smoothingTimeConstant=this.smoothingTimeConstant,e.connect(this.analyser),this.freqData=new Float32Array(this.fftSize),this.timeData=new Float32Array(this.fftSize)}async next(){if(this.isClosed)return{value:null,done:!0};let t,e,s=await this.getAudioData();if(this.includeSpectrogram){let n=this.flattenQueue(s.freqDataQueue);t=this.getTensorFromAudioDataArray(n,[this.numFrames,this.columnTruncateLength,1])}if(this.includeWaveform){let n=this.flattenQueue(s.timeDataQueue);e=this.getTensorFromAudioDataArray(n,[this.numFrames*this.fftSize,1])}return{value:{spectrogram:t,waveform:e},done:!1}}async capture(){return(await this.next()).value}async getAudioData(){let t=[],e=[],s=0;return new Promise(n=>{let o=setInterval(()=>{this.includeSpectrogram&&(this.analyser.getFloatFrequencyData(this.freqData),this.freqData[0]===-1/0&&n({freqDataQueue:t,timeDataQueue:e}),t.push(this.freqData.slice(0,this.columnTruncateLength))),this.includeWaveform&&(this.analyser.getFloatTimeDomainData(this.timeData),e.push(this.timeData.slice())),++s===this.numFrames&&(clearInterval(o),n({freqDataQueue:t,timeDataQueue:e}))},this.fftSize/this.sampleRateHz*1e3)})}stop(){this.isClosed||(this.isClosed=!0,this.analyser.disconnect(),this.audioContext.close(),this.stream!=null&&this.stream.getTracks().length>0&&this.stream.getTracks()[0].stop())}toArray(){throw new Error("Can not convert infinite audio stream to array.")}getSampleRate(){return this.sampleRateHz}flattenQueue(t){let e=t[0].length,s=new Float32Array(t.length*e);return t.forEach((n,o)=>s.set(n,o*e)),s}getTensorFromAudioDataArray(t,e){let s=new Float32Array(C.sizeFromShape(e));return s.set(t,s.length-t.length),xr(s,e)}};var Fd=class r extends Jt{constructor(t,e){if(super(),this.webcamVideoElement=t,this.webcamConfig=e,this.isClosed=!0,this.resize=!1,this.needToResize())if(this.resize=!0,this.cropSize=[this.webcamConfig.resizeHeight,this.webcamConfig.resizeWidth],this.cropBoxInd=os([0],"int32"),this.webcamConfig.centerCrop){let s=this.webcamConfig.resizeWidth*1/this.webcamVideoElement.width,n=this.webcamConfig.resizeHeight*1/this.webcamVideoElement.height,o=(1-s)/2,i=(1-n)/2,a=o+s,l=n+i;this.cropBox=qp([i,o,l,a],[1,4])}else this.cropBox=qp([0,0,1,1],[1,4])}summary(){return"webcam"}static async create(t,e={}){if(!O().get("IS_BROWSER"))throw new Error("tf.data.webcam is only supported in browser environment.");if(!t){if(t=document.createElement("video"),!e.resizeWidth||!e.resizeHeight)throw new Error("Please provide webcam video element, or resizeWidth and resizeHeight to create a hidden video element.");t.width=e.resizeWidth,t.height=e.resizeHeight}let s=new r(t,e);return await s.start(),s}async start(){this.webcamConfig.facingMode&&C.assert(this.webcamConfig.facingMode==="user"||this.webcamConfig.facingMode==="environment",()=>`Invalid webcam facing mode: ${this.webcamConfig.facingMode}. Please provide 'user' or 'environment'`);try{this.stream=await navigator.mediaDevices.getUserMedia({video:{deviceId:this.webcamConfig.deviceId,facingMode:this.webcamConfig.facingMode?this.webcamConfig.facingMode:"user",width:this.webcamVideoElement.width,height:this.webcamVideoElement.height}})}catch(t){throw t.message=`Error thrown while initializing video stream: ${t.message}`,t}if(!this.stream)throw new Error("Could not obtain video from webcam.");try{this.webcamVideoElement.srcObject=this.stream}catch(t){console.log(t),this.webcamVideoElement.src=window.URL.createObjectURL(this.stream)}return this.webcamVideoElement.play(),this.isClosed=!1,new Promise(t=>{this.webcamVideoElement.onloadedmetadata=()=>{t()}})}async next(){if(this.isClosed)return{value:null,done:!0};let t;try{t=xC.fromPixels(this.webcamVideoElement)}catch(e){throw new Error(`Error thrown converting video to pixels: ${JSON.stringify(e)}`)}if(this.resize)try{return{value:this.cropAndResizeFrame(t),done:!1}}catch(e){throw new Error(`Error thrown cropping the video: ${e.message}`)}finally{t.dispose()}else return{value:t,done:!1}}needToResize(){return!!(this.webcamConfig.resizeWidth&&this.webcamConfig.resizeHeight&&(this.webcamVideoElement.width!==this.webcamConfig.resizeWidth||this.webcamVideoElement.height!==this.webcamConfig.resizeHeight))}cropAndResizeFrame(t){return $(()=>{let e=Fe(j(t,"float32"),0),s;s=_e.cropAndResize(e,this.cropBox,this.cropBoxInd,this.cropSize,"bilinear");let n=s.shape;return _(s,n.slice(1))})}async capture(){return(await this.next()).value}stop(){this.stream.getTracks().forEach(e=>e.stop());try{this.webcamVideoElement.srcObject=null}catch(e){console.log(e),this.webcamVideoElement.src=null}this.isClosed=!0}toArray(){throw new Error("Can not convert infinite video stream to array.")}};var bl=class{};var ac=class extends Jt{split(t){return new xy(this,t)}},xy=class extends ac{constructor(t,e){super(),this.upstream=t,this.impl=new yy(t,e)}summary(){return this.impl.summary()}async next(){return this.impl.next()}},yy=class extends ho{constructor(t,e){super(),this.upstream=t,this.separator=e,this.carryover=""}summary(){return`${this.upstream.summary()} -> Split('${this.separator}')`}async pump(){let t=await this.upstream.next();if(t.done)return this.carryover===""?!1:(this.outputQueue.push(this.carryover),this.carryover="",!0);let e=t.value.split(this.separator);e[0]=this.carryover+e[0];for(let s of e.slice(0,-1))this.outputQueue.push(s);return this.carryover=e[e.length-1],!0}};var _d=class extends Jt{decodeUTF8(){return new by(this)}},by=class extends ac{constructor(t){super(),this.upstream=t,this.impl=new Cy(t)}summary(){return this.impl.summary()}async next(){return this.impl.next()}},Cy=class extends ho{constructor(t){if(super(),this.upstream=t,O().get("IS_BROWSER"))this.decoder=new TextDecoder("utf-8");else{let{StringDecoder:e}=Vh("string_decoder");this.decoder=new e("utf8")}}summary(){return`${this.upstream.summary()} -> Utf8`}async pump(){let t=await this.upstream.next(),e;if(t.done)return!1;e=t.value;let s;return O().get("IS_BROWSER")?s=this.decoder.decode(e,{stream:!0}):s=this.decoder.write(Buffer.from(e.buffer)),this.outputQueue.push(s),!0}};var Cl=class extends _d{constructor(t,e={}){super(),this.file=t,this.options=e,C.assert(t instanceof Uint8Array||(O().get("IS_BROWSER")?t instanceof File||t instanceof Blob:!1),()=>"FileChunkIterator only supports File, Blob and Uint8Array right now."),this.offset=e.offset||0,this.chunkSize=e.chunkSize||1024*1024}summary(){return`FileChunks ${this.file}`}async next(){return this.offset>=(this.file instanceof Uint8Array?this.file.byteLength:this.file.size)?{value:null,done:!0}:{value:await new Promise((e,s)=>{let n=this.offset+this.chunkSize;if(this.file instanceof Uint8Array)e(new Uint8Array(this.file.slice(this.offset,n)));else{let o=new FileReader;o.onload=a=>{let l=o.result;if(l instanceof ArrayBuffer&&(l=new Uint8Array(l)),!(l instanceof Uint8Array))return s(new TypeError("FileReader returned unknown type."));e(l)},o.onabort=a=>s(new Error("Aborted")),o.onerror=a=>s(new Error(a.type));let i=this.file.slice(this.offset,n);o.readAsArrayBuffer(i)}this.offset=n}),done:!1}}};async function k0(r,t={},e){let s,n;typeof r=="string"?s=r:(s=r.url,n=cL(r));let o=await(e||C.fetch)(s,n);if(o.ok){let i=new Uint8Array(await o.arrayBuffer());return new Cl(i,t)}else throw new Error(o.statusText)}var cL=r=>({method:r.method,headers:r.headers,body:r.body,mode:r.mode,credentials:r.credentials,cache:r.cache,redirect:r.redirect,referrer:r.referrer,integrity:r.integrity});function Ld(r){return typeof r=="string"&&r.slice(0,7)==="file://"}var wl=class extends bl{constructor(t,e={}){super(),this.input=t,this.options=e}async iterator(){if(Ld(this.input)&&O().get("IS_NODE")){let t=Vh("fs");this.input=t.readFileSync(this.input.slice(7))}return new Cl(this.input,this.options)}};var Nl=class extends bl{constructor(t,e={}){super(),this.url=t,this.fileOptions=e}async iterator(){return Ld(this.url)?new wl(this.url,this.fileOptions).iterator():k0(this.url,this.fileOptions)}};function A0(r,t={}){return new yl(new Nl(r),t)}function E0(r){let t=oc(r);return Qe(async()=>t)}function R0(r){return Qe(async()=>{let t=await r();return oc(()=>t.next())})}async function $0(r,t){return Fd.create(r,t)}async function D0(r){return Od.create(r)}var zd="4.22.0";var pL=Le.whereImpl,Sl=class r extends kc{nextDataId(){return r.nextDataId++}constructor(){super(),this.blockSize=48,this.firstUse=!0,this.data=new Tc(this,Sr())}write(t,e,s){this.firstUse&&(this.firstUse=!1,O().get("IS_NODE")&&S.warn(`
============================
Hi, looks like you are running TensorFlow.js in Node.js. To speed things up dramatically, install our node backend, visit https://github.com/tensorflow/tfjs-node for more details. 
============================`));let n={id:this.nextDataId()};return this.data.set(n,{values:t,dtype:s,refCount:1}),n}makeTensorInfo(t,e,s){let n;if(e==="string"&&s!=null&&s.length>0&&C.isString(s[0])){let o=s.map(i=>C.encodeString(i));n=this.write(o,t,e)}else n=this.write(s,t,e);return{dataId:n,shape:t,dtype:e}}refCount(t){return this.data.has(t)?this.data.get(t).refCount:0}incRef(t){let e=this.data.get(t);e.refCount++}decRef(t){if(this.data.has(t)){let e=this.data.get(t);e.refCount--}}move(t,e,s,n,o){this.data.set(t,{values:e,dtype:n,refCount:o})}numDataIds(){return this.data.numDataIds()}async read(t){return this.readSync(t)}readSync(t){let{dtype:e,complexTensorInfos:s}=this.data.get(t);if(e==="complex64"){let n=this.readSync(s.real.dataId),o=this.readSync(s.imag.dataId);return S.mergeRealAndImagArrays(n,o)}return C.convertBackendValuesAndArrayBuffer(this.data.get(t).values,e)}bufferSync(t){let e=this.readSync(t.dataId);if(t.dtype==="string")try{let s=e.map(n=>C.decodeString(n));return Tt(t.shape,t.dtype,s)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return Tt(t.shape,t.dtype,e)}makeOutput(t,e,s){return Sr().makeTensorFromTensorInfo(this.makeTensorInfo(e,s,t),this)}disposeData(t,e=!1){if(this.data.has(t)){if(this.data.get(t).refCount--,!e&&this.data.get(t).refCount>0)return!1;let{complexTensorInfos:s}=this.data.get(t);s!=null&&(this.disposeData(s.real.dataId,!0),this.disposeData(s.imag.dataId,!0)),this.data.delete(t)}return!0}disposeIntermediateTensorInfo(t){this.disposeData(t.dataId)}async time(t){let e=C.now();return t(),{kernelMs:C.now()-e}}memory(){return{unreliable:!0,reasons:["The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less."]}}where(t){U([t],"where");let e=this.readSync(t.dataId);return pL(t.shape,e)}dispose(){}floatPrecision(){return 32}epsilon(){return super.epsilon()}};Sl.nextDataId=0;var wy="4.22.0";Mp("cpu",()=>new Sl,1);var Ny=mt("Elu",r=>r>=0?r:Math.exp(r)-1),F0={kernelName:"Elu",backendName:"cpu",kernelFunc:Ny};function Sy(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{alpha:o}=s;U([n],"leakyRelu");let i=C.sizeFromShape(n.shape),a=e.data.get(n.dataId).values,l=C.getTypedArrayFromDType("float32",i);for(let u=0;u<a.length;u++)l[u]=a[u]<0?o*a[u]:a[u];return e.makeTensorInfo(n.shape,"float32",l)}var _0={kernelName:Zo,backendName:"cpu",kernelFunc:Sy};var mL=or((r,t)=>r<0?t*r:r);function Iy(r){let{inputs:t,backend:e}=r,{x:s,alpha:n}=t;U([s,n],"prelu");let o=e.data.get(s.dataId).values,i=e.data.get(n.dataId).values,[a,l]=mL(s.shape,n.shape,o,i,"float32");return e.makeTensorInfo(l,"float32",a)}var L0={kernelName:mi,backendName:"cpu",kernelFunc:Iy};var vy=mt(En,r=>Math.max(0,r)),z0={kernelName:En,backendName:"cpu",kernelFunc:vy};var Ty=mt(Rn,r=>Math.min(Math.max(0,r),6)),P0={kernelName:Rn,backendName:"cpu",kernelFunc:Ty};function go(r,t,e,s,n){if(e==="linear")return ar({inputs:{x:t},backend:r});if(e==="relu")return vy({inputs:{x:t},backend:r});if(e==="elu")return Ny({inputs:{x:t},backend:r});if(e==="relu6")return Ty({inputs:{x:t},backend:r});if(e==="prelu")return Iy({inputs:{x:t,alpha:s},backend:r});if(e==="leakyrelu")return Sy({inputs:{x:t},backend:r,attrs:{alpha:n}});if(e==="sigmoid")return lw({inputs:{x:t},backend:r});throw new Error(`Activation ${e} has not been implemented for the CPU backend.`)}function wt(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{shape:o}=s,i=C.sizeFromShape(n.shape),a=C.inferFromImplicitShape(o,i),l=C.sizeFromShape(a);C.assert(i===l,()=>`The new shape (${a}) has ${l} elements and the old shape (${n.shape}) has ${i} elements. The new shape and old shape must have the same number of elements.`),e.incRef(n.dataId);let u=e.data.get(n.dataId);if(u.complexTensorInfos!=null){let c=u.complexTensorInfos.real,p=u.complexTensorInfos.imag;c.shape=a,p.shape=a}return{dataId:n.dataId,shape:a,dtype:n.dtype}}var V0={kernelName:di,backendName:"cpu",kernelFunc:wt};function ky(r){let{inputs:t,backend:e,attrs:s}=r,{a:n,b:o}=t,{transposeA:i,transposeB:a}=s;U([n,o],"matMul");let l=n.shape.length,u=o.shape.length,c=i?n.shape[l-2]:n.shape[l-1],p=a?o.shape[u-1]:o.shape[u-2],m=i?n.shape[l-1]:n.shape[l-2],d=a?o.shape[u-2]:o.shape[u-1],f=n.shape.slice(0,-2),h=o.shape.slice(0,-2),g=C.sizeFromShape(f),x=C.sizeFromShape(h),N=js.assertAndGetBroadcastShape(n.shape.slice(0,-2),o.shape.slice(0,-2)).concat([m,d]);C.assert(c===p,()=>`Error in matMul: inner shapes (${c}) and (${p}) of Tensors with shapes ${n.shape} and ${o.shape} and transposeA=${i} and transposeB=${a} must match.`);let w=i?[g,c,m]:[g,m,c],I=a?[x,d,p]:[x,p,d],T=wt({inputs:{x:n},backend:e,attrs:{shape:w}}),A=wt({inputs:{x:o},backend:e,attrs:{shape:I}}),E=i?T.shape[1]:T.shape[2],D=i?T.shape[2]:T.shape[1],F=a?A.shape[1]:A.shape[2],z=Math.max(g,x),W=e.data.get(T.dataId).values,M=e.data.get(A.dataId).values,G=C.computeStrides(T.shape),P=C.computeStrides(A.shape),[B,H,V]=i?[G[0],1,G[1]]:[G[0],G[1],1],[K,Y,X]=a?[1,P[1],P[0]]:[P[1],1,P[0]],J=D*F,Q=Tt([z,D,F],T.dtype),rt=Q.values,tt=e.blockSize;for(let st=0;st<z;st++){let pt=st%g,gt=st%x;for(let ft=0;ft<D;ft+=tt){let Nt=Math.min(ft+tt,D);for(let St=0;St<F;St+=tt){let Pt=Math.min(St+tt,F);for(let Ut=0;Ut<E;Ut+=tt){let ie=Math.min(Ut+tt,E);for(let Ht=ft;Ht<Nt;Ht++)for(let Vt=St;Vt<Pt;Vt++){let re=0;for(let Yt=Ut;Yt<ie;Yt++){let fs=W[pt*B+Ht*H+Yt*V],ve=M[Yt*K+Vt*Y+gt*X];re+=fs*ve}rt[st*J+(Ht*F+Vt)]+=re}}}}}return e.disposeIntermediateTensorInfo(T),e.disposeIntermediateTensorInfo(A),e.makeTensorInfo(N,Q.dtype,Q.values)}var B0={kernelName:_o,backendName:"cpu",kernelFunc:ky};function dL(r){let{inputs:t,backend:e,attrs:s}=r,{a:n,b:o,bias:i,preluActivationWeights:a}=t,{transposeA:l,transposeB:u,activation:c,leakyreluAlpha:p}=s,m,d,f,h=[];m=ky({inputs:{a:n,b:o},attrs:{transposeA:l,transposeB:u},backend:e}),i&&(d=Ns({inputs:{a:m,b:i},backend:e}),h.push(m),m=d),c&&(f=go(e,m,c,a,p),h.push(m),m=f);for(let x of h)e.disposeIntermediateTensorInfo(x);return m}var M0={kernelName:zp,backendName:"cpu",kernelFunc:dL};var fL=mt(dn,r=>Math.acos(r)),G0={kernelName:dn,backendName:"cpu",kernelFunc:fL};var hL=mt(fn,r=>Math.acosh(r)),W0={kernelName:fn,backendName:"cpu",kernelFunc:hL};function gL(r){let{inputs:t,backend:e}=r,s=t;U(t,"addN");let n=s.map(a=>e.data.get(a.dataId).values),o=Tt(s[0].shape,s[0].dtype),i=o.values;for(let a=0;a<s.length;a++){let l=n[a];for(let u=0;u<i.length;u++)i[u]+=l[u]}return e.makeTensorInfo(o.shape,o.dtype,o.values)}var U0={kernelName:Ao,backendName:"cpu",kernelFunc:gL};function xL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,keepDims:i}=s;U(n,"all");let a=C.parseAxisParam(o,n.shape),l=a,u=S.getAxesPermutation(l,n.shape.length),c=n;u!=null&&(c=ne({inputs:{x:n},backend:e,attrs:{perm:u}}),l=S.getInnerMostAxes(l.length,n.shape.length)),S.assertAxesAreInnerMostDims("all",l,c.shape.length);let[p,m]=S.computeOutAndReduceShapes(c.shape,l),d=C.sizeFromShape(m),f=C.makeZerosTypedArray(C.sizeFromShape(p),c.dtype),h=e.data.get(c.dataId).values;for(let x=0;x<f.length;++x){let y=x*d,N=h[y];for(let w=0;w<d;++w){let I=h[y+w];N=N&&I}f[x]=N}u!=null&&e.disposeIntermediateTensorInfo(c);let g=e.makeTensorInfo(p,c.dtype,f);if(i){let x=S.expandShapeToKeepDim(p,a),y=wt({inputs:{x:g},backend:e,attrs:{shape:x}});return e.disposeIntermediateTensorInfo(g),y}return g}var H0={kernelName:"All",backendName:"cpu",kernelFunc:xL};function yL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,keepDims:i}=s;U(n,"any");let a=C.parseAxisParam(o,n.shape),l=a,u=S.getAxesPermutation(l,n.shape.length),c=n;u!=null&&(c=ne({inputs:{x:n},backend:e,attrs:{perm:u}}),l=S.getInnerMostAxes(l.length,n.shape.length)),S.assertAxesAreInnerMostDims("any",l,c.shape.length);let[p,m]=S.computeOutAndReduceShapes(c.shape,l),d=C.sizeFromShape(m),f=C.makeZerosTypedArray(C.sizeFromShape(p),c.dtype),h=e.data.get(c.dataId).values;for(let x=0;x<f.length;++x){let y=x*d,N=h[y];for(let w=0;w<d;++w){let I=h[y+w];N=N||I}f[x]=N}u!=null&&e.disposeIntermediateTensorInfo(c);let g=e.makeTensorInfo(p,c.dtype,f);if(i){let x=S.expandShapeToKeepDim(p,a),y=wt({inputs:{x:g},backend:e,attrs:{shape:x}});return e.disposeIntermediateTensorInfo(g),y}return g}var K0={kernelName:"Any",backendName:"cpu",kernelFunc:yL};function bL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o}=s;U(n,"argMax");let i=C.parseAxisParam(o,n.shape),a=S.getAxesPermutation(i,n.shape.length),l=n,u=[];a!=null&&(l=ne({inputs:{x:n},backend:e,attrs:{perm:a}}),u.push(l),i=S.getInnerMostAxes(i.length,l.shape.length)),i=[i[0]],S.assertAxesAreInnerMostDims("argMax",i,l.shape.length);let[c,p]=S.computeOutAndReduceShapes(l.shape,i),m=C.sizeFromShape(c),d=C.makeZerosTypedArray(m,"int32"),f=C.sizeFromShape(p),h=e.data.get(l.dataId).values;for(let g=0;g<d.length;++g){let x=g*f,y=h[x],N=0;for(let w=0;w<f;++w){let I=h[x+w];I>y&&(y=I,N=w)}d[g]=N}return u.forEach(g=>e.disposeIntermediateTensorInfo(g)),e.makeTensorInfo(c,"int32",d)}var q0={kernelName:Eo,backendName:"cpu",kernelFunc:bL};function CL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o}=s;U(n,"argMin");let i=C.parseAxisParam(o,n.shape),a=S.getAxesPermutation(i,n.shape.length),l=n,u=[];a!=null&&(l=ne({inputs:{x:n},backend:e,attrs:{perm:a}}),u.push(l),i=S.getInnerMostAxes(i.length,l.shape.length)),i=[i[0]],S.assertAxesAreInnerMostDims("argMin",i,l.shape.length);let[c,p]=S.computeOutAndReduceShapes(l.shape,i),m=C.sizeFromShape(c),d=C.makeZerosTypedArray(m,"int32"),f=C.sizeFromShape(p),h=e.data.get(l.dataId).values;for(let g=0;g<d.length;++g){let x=g*f,y=h[x],N=0;for(let w=0;w<f;++w){let I=h[x+w];I<y&&(y=I,N=w)}d[g]=N}return u.forEach(g=>e.disposeIntermediateTensorInfo(g)),e.makeTensorInfo(c,"int32",d)}var j0={kernelName:Ro,backendName:"cpu",kernelFunc:CL};var wL=mt(hn,r=>Math.asin(r)),X0={kernelName:hn,backendName:"cpu",kernelFunc:wL};var NL=mt(gn,r=>Math.asinh(r)),Y0={kernelName:gn,backendName:"cpu",kernelFunc:NL};var SL=mt(xn,r=>Math.atan(r)),Q0={kernelName:xn,backendName:"cpu",kernelFunc:SL};var IL=or((r,t)=>Math.atan2(r,t)),vL=Er(bn,IL),Z0={kernelName:bn,backendName:"cpu",kernelFunc:vL};var TL=mt(yn,r=>Math.atanh(r)),J0={kernelName:yn,backendName:"cpu",kernelFunc:TL};function Il(r,t,e,s,n,o){let i=n.strideHeight,a=n.strideWidth,l=n.dilationHeight,u=n.dilationWidth,c=n.effectiveFilterHeight,p=n.effectiveFilterWidth,m=n.padInfo.top,d=n.padInfo.left,f=o==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,h=Tt(n.outShape,e),g=h.values,x=n.outShape[1]*n.outShape[2]*n.outShape[3],y=n.outShape[2]*n.outShape[3],N=n.outShape[3];for(let w=0;w<n.batchSize;++w){let I=w*x,T=w*s[0];for(let A=0;A<n.inChannels;++A)for(let E=0;E<n.outHeight;++E){let D=E*i-m,F=Math.max(0,D),z=Math.min(n.inHeight,c+D),W=I+E*y;for(let M=0;M<n.outWidth;++M){let G=M*a-d,P=Math.max(0,G),B=Math.min(n.inWidth,p+G),H=f,V=0,K=0;for(let X=F;X<z;X+=l){let J=T+X*s[1];for(let Q=P;Q<B;Q+=u){let rt=J+Q*s[2],tt=r[rt+A];o==="max"&&tt>H?H=tt:o==="avg"&&(V+=tt,K++)}if(isNaN(H))break}let Y=W+M*N+A;g[Y]=o==="avg"?V/K:H}}}return h}function Pd(r,t,e,s,n=!1,o=!1){let i=Tt(s.outShape,"int32"),a=s.strideHeight,l=s.strideWidth,u=s.dilationHeight,c=s.dilationWidth,p=s.effectiveFilterHeight,m=s.effectiveFilterWidth,d=s.padInfo.top,f=s.padInfo.left,h=Tt(t,e,r);for(let g=0;g<s.batchSize;++g)for(let x=0;x<s.inChannels;++x)for(let y=0;y<s.outHeight;++y){let N=y*a-d,w=N;for(;w<0;)w+=u;let I=Math.min(s.inHeight,p+N);for(let T=0;T<s.outWidth;++T){let A=T*l-f,E=A;for(;E<0;)E+=c;let D=Math.min(s.inWidth,m+A),F=Number.NEGATIVE_INFINITY,z=-1;for(let W=w;W<I;W+=u){let M=W-N;for(let G=E;G<D;G+=c){let P=G-A,B=h.get(g,W,G,x);B>F&&(F=B,n?z=o?((g*s.inHeight+W)*s.inWidth+G)*s.inChannels+x:(W*s.inWidth+G)*s.inChannels+x:z=M*m+P)}}i.set(z,g,y,T,x)}}return i}function Vd(r,t,e,s,n,o){let i=n.strideDepth,a=n.strideHeight,l=n.strideWidth,u=n.dilationDepth,c=n.dilationHeight,p=n.dilationWidth,m=n.effectiveFilterDepth,d=n.effectiveFilterHeight,f=n.effectiveFilterWidth,h=n.padInfo.front,g=n.padInfo.top,x=n.padInfo.left,y=o==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,N=Tt(n.outShape,e),w=N.values,I=n.outShape[1]*n.outShape[2]*n.outShape[3]*n.outShape[4],T=n.outShape[2]*n.outShape[3]*n.outShape[4],A=n.outShape[3]*n.outShape[4],E=n.outShape[4];for(let D=0;D<n.batchSize;++D){let F=D*I,z=D*s[0];for(let W=0;W<n.inChannels;++W)for(let M=0;M<n.outDepth;++M){let G=M*i-h,P=G;for(;P<0;)P+=u;let B=Math.min(n.inDepth,m+G),H=F+M*T;for(let V=0;V<n.outHeight;++V){let K=V*a-g,Y=K;for(;Y<0;)Y+=c;let X=Math.min(n.inHeight,d+K),J=H+V*A;for(let Q=0;Q<n.outWidth;++Q){let rt=Q*l-x,tt=rt;for(;tt<0;)tt+=p;let st=Math.min(n.inWidth,f+rt),pt=J+Q*E,gt=y,ft=0,Nt=0;for(let Pt=P;Pt<B;Pt+=u){let Ut=z+Pt*s[1];for(let ie=Y;ie<X;ie+=c){let Ht=Ut+ie*s[2];for(let Vt=tt;Vt<st;Vt+=p){let re=Ht+Vt*s[3],Yt=r[re+W];if(o==="max"&&Yt>gt?gt=Yt:o==="avg"&&(ft+=Yt,Nt++),isNaN(gt))break}if(isNaN(gt))break}if(isNaN(gt))break}let St=pt+W;w[St]=o==="avg"?ft/Math.max(Nt,1):gt}}}}return N}function tv(r,t){let e=Tt(t.outShape,"int32"),s=t.strideDepth,n=t.strideHeight,o=t.strideWidth,i=t.dilationDepth,a=t.dilationHeight,l=t.dilationWidth,u=t.effectiveFilterDepth,c=t.effectiveFilterHeight,p=t.effectiveFilterWidth,m=t.padInfo.front,d=t.padInfo.top,f=t.padInfo.left;for(let h=0;h<t.batchSize;++h)for(let g=0;g<t.inChannels;++g)for(let x=0;x<t.outDepth;++x){let y=x*s-m,N=y;for(;N<0;)N+=i;let w=Math.min(t.inDepth,u+y);for(let I=0;I<t.outHeight;++I){let T=I*n-d,A=T;for(;A<0;)A+=a;let E=Math.min(t.inHeight,c+T);for(let D=0;D<t.outWidth;++D){let F=D*o-f,z=F;for(;z<0;)z+=l;let W=Math.min(t.inWidth,p+F),M=Number.NEGATIVE_INFINITY,G=-1;for(let P=N;P<w;P+=i){let B=P-y;for(let H=A;H<E;H+=a){let V=H-T;for(let K=z;K<W;K+=l){let Y=K-F,X=r.get(h,P,H,K,g);X>=M&&(M=X,G=B*c*p+V*c+Y)}}}e.set(G,h,x,I,D,g)}}}return e}function kL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t;U(n,"avgPool");let{filterSize:o,strides:i,pad:a,dimRoundingMode:l}=s,u=1;C.assert(S.eitherStridesOrDilationsAreOne(i,u),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${i} and dilations '${u}'`);let c=S.computePool2DInfo(n.shape,o,i,u,a,l),p;if(c.filterWidth===1&&c.filterHeight===1&&C.arraysEqual(c.inShape,c.outShape))p=ar({inputs:{x:n},backend:e});else{let m=e.data.get(n.dataId).values,d=C.computeStrides(n.shape),f=Il(m,n.shape,n.dtype,d,c,"avg");p=e.makeTensorInfo(c.outShape,n.dtype,f.values)}return p}var ev={kernelName:$o,backendName:"cpu",kernelFunc:kL};function AL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{filterSize:o,strides:i,pad:a,dimRoundingMode:l,dataFormat:u}=s;U(n,"avgPool3d");let c=S.computePool3DInfo(n.shape,o,i,1,a,l,u),p=e.data.get(n.dataId).values,m=Vd(p,n.shape,n.dtype,C.computeStrides(n.shape),c,"avg");return e.makeTensorInfo(m.shape,"float32",m.values)}var rv={kernelName:Oo,backendName:"cpu",kernelFunc:AL};function EL(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,input:o}=t,{filterSize:i,strides:a,pad:l,dimRoundingMode:u}=s;U([n,o],"avgPool3DGrad");let c=S.computePool3DInfo(o.shape,i,a,1,l,u),p=c.strideDepth,m=c.strideHeight,d=c.strideWidth,f=c.filterDepth,h=c.filterHeight,g=c.filterWidth,x=c.dilationDepth,y=c.dilationHeight,N=c.dilationWidth,w=c.effectiveFilterDepth,I=c.effectiveFilterHeight,T=c.effectiveFilterWidth,A=w-1-c.padInfo.front,E=T-1-c.padInfo.left,D=I-1-c.padInfo.top,F=Tt(o.shape,"float32"),z=1/(f*h*g),W=e.bufferSync(n);for(let M=0;M<c.batchSize;++M)for(let G=0;G<c.inChannels;++G)for(let P=0;P<c.inDepth;++P)for(let B=0;B<c.inHeight;++B)for(let H=0;H<c.inWidth;++H){let V=P-A,K=B-D,Y=H-E,X=0;for(let J=0;J<w;J+=x){let Q=(V+J)/p;if(!(Q<0||Q>=c.outDepth||Math.floor(Q)!==Q))for(let rt=0;rt<I;rt+=y){let tt=(K+rt)/m;if(!(tt<0||tt>=c.outHeight||Math.floor(tt)!==tt))for(let st=0;st<T;st+=N){let pt=(Y+st)/d;if(pt<0||pt>=c.outWidth||Math.floor(pt)!==pt)continue;let gt=W.get(M,Q,tt,pt,G);X+=gt}}}F.set(X*z,M,P,B,H,G)}return e.makeTensorInfo(F.shape,F.dtype,F.values)}var sv={kernelName:Fo,backendName:"cpu",kernelFunc:EL};function RL(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,input:o}=t,i=o;U([n,o],"avgPoolGrad");let{filterSize:a,strides:l,pad:u}=s,c=S.computePool2DInfo(i.shape,a,l,1,u),p=c.strideHeight,m=c.strideWidth,d=c.filterHeight,f=c.filterWidth,h=c.dilationHeight,g=c.dilationWidth,x=c.effectiveFilterHeight,y=c.effectiveFilterWidth,N=y-1-c.padInfo.left,w=x-1-c.padInfo.top,I=Tt(i.shape,"float32"),T=1/(d*f),A=e.data.get(n.dataId).values,E=Tt(n.shape,"float32",A);for(let D=0;D<c.batchSize;++D)for(let F=0;F<c.inChannels;++F)for(let z=0;z<c.inHeight;++z)for(let W=0;W<c.inWidth;++W){let M=z-w,G=W-N,P=0;for(let B=0;B<x;B+=h){let H=(M+B)/p;if(!(H<0||H>=c.outHeight||Math.floor(H)!==H))for(let V=0;V<y;V+=g){let K=(G+V)/m;if(K<0||K>=c.outWidth||Math.floor(K)!==K)continue;let Y=E.get(D,H,K,F);P+=Y}}I.set(P*T,D,z,W,F)}return e.makeTensorInfo(I.shape,I.dtype,I.values)}var nv={kernelName:Do,backendName:"cpu",kernelFunc:RL};function $L(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,scale:o,offset:i,mean:a,variance:l}=t;C.assert(a.shape.length===l.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),C.assert(i==null||a.shape.length===i.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),C.assert(o==null||a.shape.length===o.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks."),U([n,a,l,o,i],"batchNorm");let{varianceEpsilon:u}=s;u==null&&(u=.001);let c=e.data.get(n.dataId).values,p=e.data.get(a.dataId).values,m=e.data.get(l.dataId).values,d=o?e.data.get(o.dataId).values:new Float32Array([1]),f=i?e.data.get(i.dataId).values:new Float32Array([0]),h=new Float32Array(c.length),g=f.length,x=d.length,y=m.length,N=p.length,w=0,I=0,T=0,A=0;for(let E=0;E<c.length;++E)h[E]=f[w++]+(c[E]-p[I++])*d[T++]/Math.sqrt(m[A++]+u),w>=g&&(w=0),I>=N&&(I=0),T>=x&&(T=0),A>=y&&(A=0);return e.makeTensorInfo(n.shape,n.dtype,h)}var ov={kernelName:Yo,backendName:"cpu",kernelFunc:$L};function DL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{blockShape:o,crops:i}=s;U([n],"batchToSpaceND");let a=o.reduce((x,y)=>x*y),l=S.getReshaped(n.shape,o,a),u=S.getPermuted(l.length,o.length),c=S.getReshapedPermuted(n.shape,o,a),p=S.getSliceBeginCoords(i,o.length),m=S.getSliceSize(c,i,o.length),d=wt({inputs:{x:n},backend:e,attrs:{shape:l}}),f=ne({inputs:{x:d},backend:e,attrs:{perm:u}}),h=wt({inputs:{x:f},backend:e,attrs:{shape:c}}),g=Mr({inputs:{x:h},backend:e,attrs:{begin:p,size:m}});return e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(f),e.disposeIntermediateTensorInfo(h),g}var iv={kernelName:Lo,backendName:"cpu",kernelFunc:DL};function OL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,weights:o}=t,{size:i}=s,a=e.data.get(n.dataId).values,l=e.data.get(o.dataId).values,u=Yp(a,l,o.dtype,o.shape,i);return e.makeTensorInfo([i],o.dtype,u)}var av={kernelName:Rc,backendName:"cpu",kernelFunc:OL};function FL(r){let{inputs:t,backend:e}=r,{s0:s,s1:n}=t,o=e.data.get(s.dataId).values,i=e.data.get(n.dataId).values,a=S.assertAndGetBroadcastShape(Array.from(o),Array.from(i));return e.makeTensorInfo([a.length],"int32",Int32Array.from(a))}var lv={kernelName:$c,backendName:"cpu",kernelFunc:FL};var _L=mt(Cn,(r,t)=>{let e=t;return r>e.clipValueMax?e.clipValueMax:r<e.clipValueMin?e.clipValueMin:r}),uv={kernelName:Cn,backendName:"cpu",kernelFunc:_L};var LL=r=>{let{x:t}=r.inputs,e=r.backend,s=new Float32Array(C.sizeFromShape(t.shape)),n=e.data.get(t.dataId),o=n.complexTensorInfos.real,i=n.complexTensorInfos.imag,a=e.data.get(o.dataId).values,l=e.data.get(i.dataId).values;for(let u=0;u<a.length;u++){let c=a[u],p=l[u];s[u]=Math.hypot(c,p)}return e.makeOutput(s,t.shape,"float32")},cv={kernelName:zo,backendName:"cpu",kernelFunc:LL};function ps(r){let{inputs:t,backend:e}=r,{input:s}=t,n=e.data.get(s.dataId).complexTensorInfos.imag,o=e.data.get(n.dataId).values;return e.makeTensorInfo(n.shape,n.dtype,o)}var pv={kernelName:tp,backendName:"cpu",kernelFunc:ps};function on(r){let{inputs:t,backend:e,attrs:s}=r,{axis:n}=s,o=C.parseAxisParam(n,t[0].shape)[0],i=t.map(h=>h.shape);S.assertParamsConsistent(i,o);let a=S.computeOutShape(t.map(h=>h.shape),o);if(C.sizeFromShape(a)===0)return e.makeTensorInfo(a,t[0].dtype,[]);let l=t.filter(h=>C.sizeFromShape(h.shape)>0);if(l.length===1)return ar({inputs:{x:l[0]},backend:e});if(l[0].dtype==="complex64"){let h=l.map(w=>ws({inputs:{input:w},backend:e})),g=l.map(w=>ps({inputs:{input:w},backend:e})),x=on({inputs:h,backend:e,attrs:{axis:o}}),y=on({inputs:g,backend:e,attrs:{axis:o}}),N=ir({inputs:{real:x,imag:y},backend:e});return h.forEach(w=>e.disposeIntermediateTensorInfo(w)),g.forEach(w=>e.disposeIntermediateTensorInfo(w)),e.disposeIntermediateTensorInfo(x),e.disposeIntermediateTensorInfo(y),N}let u=l.map(h=>{let x=[-1,C.sizeFromShape(h.shape.slice(o))];return wt({inputs:{x:h},backend:e,attrs:{shape:x}})}),c=u.map(h=>({vals:e.data.get(h.dataId).values,shape:h.shape}));a=S.computeOutShape(u.map(h=>h.shape),1);let p=u[0].shape[0]===1,m=DC(c,a,t[0].dtype,p),d=S.computeOutShape(l.map(h=>h.shape),o),f=e.makeTensorInfo(d,t[0].dtype,m);return u.forEach(h=>e.disposeIntermediateTensorInfo(h)),f}var mv={kernelName:Po,backendName:"cpu",kernelFunc:on};function Ay(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,filter:o}=t,{strides:i,pad:a,dataFormat:l,dilations:u,dimRoundingMode:c}=s;U([n,o],"conv2d");let p=S.convertConv2DDataFormat(l),m=S.computeConv2DInfo(n.shape,o.shape,i,u,a,c,!1,p),d=m.filterHeight,f=m.filterWidth,h=m.dilationHeight,g=m.dilationWidth,x=m.padInfo.left,y=m.padInfo.top,N=m.dataFormat==="channelsLast",w=new se(m.outShape,n.dtype),I=C.computeStrides(n.shape),T=C.computeStrides(o.shape),A=I[0],E=N?I[1]:I[2],D=N?I[2]:1,F=N?1:I[1],z=w.strides[0],W=N?w.strides[1]:w.strides[2],M=N?w.strides[2]:1,G=N?1:w.strides[1],P=e.data.get(n.dataId).values,B=e.data.get(o.dataId).values,H=w.values;for(let V=0;V<m.batchSize;++V){let K=V*A,Y=V*z;for(let X=0;X<m.outHeight;++X){let J=Y+X*W,Q=X*m.strideHeight-y;for(let rt=0;rt<d;++rt){let tt=Q+rt*h;if(tt<0||tt>=m.inHeight)continue;let st=rt*T[0],pt=K+tt*E;for(let gt=0;gt<m.outWidth;++gt){let ft=J+gt*M,Nt=gt*m.strideWidth-x;for(let St=0;St<f;++St){let Pt=Nt+St*g;if(Pt<0||Pt>=m.inWidth)continue;let Ut=st+St*T[1],ie=pt+Pt*D,Ht=Ut;for(let Vt=0;Vt<m.inChannels;++Vt){let re=P[ie+Vt*F];for(let Yt=0;Yt<m.outChannels;++Yt)H[ft+Yt*G]+=re*B[Ht+Yt];Ht+=m.outChannels}}}}}}return e.makeTensorInfo(w.shape,w.dtype,H)}var dv={kernelName:Vo,backendName:"cpu",kernelFunc:Ay};function zL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,dy:o}=t,{strides:i,pad:a,dataFormat:l,dimRoundingMode:u,filterShape:c}=s;U([n,o],"conv2dBackpropFilter");let p=S.convertConv2DDataFormat(l),m=S.computeConv2DInfo(n.shape,c,i,1,a,u,!1,p),{strideHeight:d,strideWidth:f,filterHeight:h,filterWidth:g}=m,x=m.dataFormat==="channelsLast",y=new se(m.filterShape,"float32"),N=m.padInfo.left,w=m.padInfo.top,I=e.data.get(n.dataId).values,T=e.data.get(o.dataId).values,A=new se(n.shape,n.dtype,I),E=new se(o.shape,o.dtype,T);for(let D=0;D<h;++D){let F=Math.max(0,Math.ceil((w-D)/d)),z=Math.min(m.outHeight,(m.inHeight+w-D)/d);for(let W=0;W<g;++W){let M=Math.max(0,Math.ceil((N-W)/f)),G=Math.min(m.outWidth,(m.inWidth+N-W)/f);for(let P=0;P<m.inChannels;++P)for(let B=0;B<m.outChannels;++B){let H=0;for(let V=0;V<m.batchSize;++V)for(let K=F;K<z;++K){let Y=D+K*d-w;for(let X=M;X<G;++X){let J=W+X*f-N;x?H+=A.get(V,Y,J,P)*E.get(V,K,X,B):H+=A.get(V,P,Y,J)*E.get(V,B,K,X)}}y.set(H,D,W,P,B)}}}return e.makeTensorInfo(y.shape,y.dtype,y.values)}var fv={kernelName:Fc,backendName:"cpu",kernelFunc:zL};function PL(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,filter:o}=t,{inputShape:i,strides:a,pad:l,dataFormat:u,dimRoundingMode:c}=s;U([n,o],"conv2dBackpropInput");let p=C.computeStrides(o.shape),m=C.computeStrides(n.shape),d=S.convertConv2DDataFormat(u),f=S.computeConv2DInfo(i,o.shape,a,1,l,c,!1,d),h=new se(f.inShape,"float32"),g=h.values,x=e.data.get(n.dataId).values,y=e.data.get(o.dataId).values,[N,w,I]=p,{batchSize:T,filterHeight:A,filterWidth:E,inChannels:D,inHeight:F,inWidth:z,outChannels:W,outHeight:M,outWidth:G,strideHeight:P,strideWidth:B}=f;d=f.dataFormat;let H=A-1-f.padInfo.top,V=E-1-f.padInfo.left,K=d==="channelsLast",Y=h.strides[0],X=K?h.strides[1]:h.strides[2],J=K?h.strides[2]:1,Q=K?1:h.strides[1],rt=m[0],tt=K?m[1]:m[2],st=K?m[2]:1,pt=K?1:m[1];for(let gt=0;gt<T;++gt)for(let ft=0;ft<D;++ft)for(let Nt=0;Nt<F;++Nt){let St=Nt-H,Pt=Math.max(0,Math.ceil(St/P)),Ut=Math.min(M,(A+St)/P);for(let ie=0;ie<z;++ie){let Ht=ie-V,Vt=Math.max(0,Math.ceil(Ht/B)),re=Math.min(G,(E+Ht)/B),Yt=0;for(let ve=Pt;ve<Ut;++ve){let Ms=ve*P-St;for(let hr=Vt;hr<re;++hr){let mn=hr*B-Ht,Pr=rt*gt+tt*ve+st*hr,hs=N*(A-1-Ms)+w*(E-1-mn)+I*ft;for(let Gs=0;Gs<W;++Gs){let Ws=x[Pr+pt*Gs],Us=y[hs+Gs];Yt+=Ws*Us}}}let fs=Y*gt+X*Nt+J*ie+Q*ft;g[fs]=Yt}}return e.makeTensorInfo(h.shape,h.dtype,h.values)}var hv={kernelName:Bo,backendName:"cpu",kernelFunc:PL};function VL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,filter:o}=t,{strides:i,pad:a,dilations:l}=s;U([n,o],"conv3d");let u=S.computeConv3DInfo(n.shape,o.shape,i,l,a),{filterDepth:c,filterHeight:p,filterWidth:m,dilationDepth:d,dilationHeight:f,dilationWidth:h,padInfo:g}=u,x=g.front,y=g.left,N=g.top,w=new se(u.outShape,n.dtype),I=e.data.get(n.dataId).values,T=e.data.get(o.dataId).values,A=w.values,E=C.computeStrides(n.shape),D=C.computeStrides(o.shape);for(let F=0;F<u.batchSize;++F){let z=F*E[0],W=F*w.strides[0];for(let M=0;M<u.outDepth;++M){let G=W+M*w.strides[1],P=M*u.strideDepth-x;for(let B=0;B<c;++B){let H=P+B*d;if(H<0||H>=u.inDepth)continue;let V=B*D[0],K=z+H*E[1];for(let Y=0;Y<u.outHeight;++Y){let X=G+Y*w.strides[2],J=Y*u.strideHeight-N;for(let Q=0;Q<p;++Q){let rt=J+Q*f;if(rt<0||rt>=u.inHeight)continue;let tt=V+Q*D[1],st=K+rt*E[2];for(let pt=0;pt<u.outWidth;++pt){let gt=X+pt*u.outChannels,ft=pt*u.strideWidth-y;for(let Nt=0;Nt<m;++Nt){let St=ft+Nt*h;if(St<0||St>=u.inWidth)continue;let Pt=tt+Nt*D[2],Ut=st+St*u.inChannels,ie=Pt;for(let Ht=0;Ht<u.inChannels;++Ht){let Vt=I[Ut+Ht];for(let re=0;re<u.outChannels;++re)A[gt+re]+=Vt*T[ie+re];ie+=u.outChannels}}}}}}}}return e.makeTensorInfo(w.shape,w.dtype,w.values)}var gv={kernelName:Mo,backendName:"cpu",kernelFunc:VL};function BL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,dy:o}=t,{strides:i,pad:a,filterShape:l}=s;U([n,o],"conv3dBackpropFilterV2");let u=C.computeStrides(n.shape),c=C.computeStrides(o.shape),p=S.computeConv3DInfo(n.shape,l,i,1,a),m=p.strideDepth,d=p.strideHeight,f=p.strideWidth,h=p.filterDepth,g=p.filterHeight,x=p.filterWidth,y=new se(p.filterShape,"float32"),N=y.values,[w,I,T,A]=y.strides,E=e.data.get(o.dataId).values,[D,F,z,W]=c,M=e.data.get(n.dataId).values,[G,P,B,H]=u,V=p.padInfo.front,K=p.padInfo.left,Y=p.padInfo.top;for(let X=0;X<h;++X){let J=Math.max(0,Math.ceil((V-X)/m)),Q=Math.min(p.outDepth,(p.inDepth+V-X)/m),rt=X*w;for(let tt=0;tt<g;++tt){let st=Math.max(0,Math.ceil((Y-tt)/d)),pt=Math.min(p.outHeight,(p.inHeight+Y-tt)/d),gt=tt*I+rt;for(let ft=0;ft<x;++ft){let Nt=Math.max(0,Math.ceil((K-ft)/f)),St=Math.min(p.outWidth,(p.inWidth+K-ft)/f),Pt=ft*T+gt;for(let Ut=0;Ut<p.inChannels;++Ut){let ie=Ut*A+Pt;for(let Ht=0;Ht<p.outChannels;++Ht){let Vt=0;for(let re=0;re<p.batchSize;++re){let Yt=re*G,fs=re*D;for(let ve=J;ve<Q;++ve){let hr=(X+ve*m-V)*P+Yt,mn=ve*F+fs;for(let Pr=st;Pr<pt;++Pr){let Gs=(tt+Pr*d-Y)*B+hr,Ws=Pr*z+mn;for(let Us=Nt;Us<St;++Us){let zh=(ft+Us*f-K)*H+Gs,Ph=Us*W+Ws;Vt+=M[zh+Ut]*E[Ph+Ht]}}}}N[ie+Ht]=Vt}}}}}return e.makeTensorInfo(y.shape,y.dtype,y.values)}var xv={kernelName:Go,backendName:"cpu",kernelFunc:BL};function ML(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,filter:o}=t,{pad:i,strides:a,inputShape:l}=s;U([n],"conv3dBackpropInputV2");let u=C.computeStrides(n.shape),c=C.computeStrides(o.shape),p=S.computeConv3DInfo(l,o.shape,a,1,i),m=new se(p.inShape,"float32"),d=m.values,[f,h,g,x]=m.strides,y=e.data.get(n.dataId).values,[N,w,I,T]=u,A=e.data.get(o.dataId).values,[E,D,F,z]=c,{batchSize:W,filterDepth:M,filterHeight:G,filterWidth:P,inChannels:B,inDepth:H,inHeight:V,inWidth:K,outChannels:Y,outDepth:X,outHeight:J,outWidth:Q,strideDepth:rt,strideHeight:tt,strideWidth:st}=p,pt=M-1-p.padInfo.front,gt=G-1-p.padInfo.top,ft=P-1-p.padInfo.left;for(let Nt=0;Nt<W;++Nt)for(let St=0;St<B;++St)for(let Pt=0;Pt<H;++Pt){let Ut=Pt-pt,ie=Math.max(0,Math.ceil(Ut/rt)),Ht=Math.min(X,(M+Ut)/rt);for(let Vt=0;Vt<V;++Vt){let re=Vt-gt,Yt=Math.max(0,Math.ceil(re/tt)),fs=Math.min(J,(G+re)/tt);for(let ve=0;ve<K;++ve){let Ms=ve-ft,hr=Math.max(0,Math.ceil(Ms/st)),mn=Math.min(Q,(P+Ms)/st),Pr=0;for(let hs=ie;hs<Ht;++hs){let Gs=hs*rt-Ut;for(let Ws=Yt;Ws<fs;++Ws){let Us=Ws*tt-re;for(let ql=hr;ql<mn;++ql){let zh=ql*st-Ms,Ph=N*Nt+w*hs+I*Ws+T*ql,g$=E*(M-1-Gs)+D*(G-1-Us)+F*(P-1-zh)+z*St;for(let vc=0;vc<Y;++vc){let x$=y[Ph+vc],y$=A[g$+vc];Pr+=x$*y$}}}}d[f*Nt+h*Pt+g*Vt+x*ve+St]=Pr}}}return e.makeTensorInfo(m.shape,m.dtype,m.values)}var yv={kernelName:_c,backendName:"cpu",kernelFunc:ML};var GL=mt("Cos",r=>Math.cos(r)),bv={kernelName:"Cos",backendName:"cpu",kernelFunc:GL};var WL=mt(wn,r=>Math.cosh(r)),Cv={kernelName:wn,backendName:"cpu",kernelFunc:WL};function UL(r){let{inputs:t,backend:e,attrs:s}=r,{image:n,boxes:o,boxInd:i}=t,{cropSize:a,method:l,extrapolationValue:u}=s,[c,p,m,d]=n.shape,f=o.shape[0],[h,g]=a,x=Tt([f,h,g,d],"float32"),y=e.data.get(o.dataId).values,N=e.data.get(i.dataId).values,w=e.data.get(n.dataId).values,I=C.computeStrides(n.shape),T=C.computeStrides(x.shape);for(let A=0;A<f;A++){let E=A*4,D=y[E],F=y[E+1],z=y[E+2],W=y[E+3],M=N[A];if(M>=c)continue;let G=h>1?(z-D)*(p-1)/(h-1):0,P=g>1?(W-F)*(m-1)/(g-1):0;for(let B=0;B<h;B++){let H=h>1?D*(p-1)+B*G:.5*(D+z)*(p-1);if(H<0||H>p-1){for(let V=0;V<g;V++)for(let K=0;K<d;K++){let Y=K+V*T[2]+B*T[1]+A*T[0];x.values[Y]=u}continue}if(l==="bilinear"){let V=Math.floor(H),K=Math.ceil(H),Y=H-V;for(let X=0;X<g;X++){let J=g>1?F*(m-1)+X*P:.5*(F+W)*(m-1);if(J<0||J>m-1){for(let st=0;st<d;st++){let pt=st+X*T[2]+B*T[1]+A*T[0];x.values[pt]=u}continue}let Q=Math.floor(J),rt=Math.ceil(J),tt=J-Q;for(let st=0;st<d;st++){let pt=st+Q*I[2]+V*I[1]+M*I[0],gt=w[pt];pt=st+rt*I[2]+V*I[1]+M*I[0];let ft=w[pt];pt=st+Q*I[2]+K*I[1]+M*I[0];let Nt=w[pt];pt=st+rt*I[2]+K*I[1]+M*I[0];let St=w[pt],Pt=gt+(ft-gt)*tt,Ut=Nt+(St-Nt)*tt;pt=st+X*T[2]+B*T[1]+A*T[0],x.values[pt]=Pt+(Ut-Pt)*Y}}}else for(let V=0;V<g;++V){let K=g>1?F*(m-1)+V*P:.5*(F+W)*(m-1);if(K<0||K>m-1){for(let J=0;J<d;J++){let Q=J+V*T[2]+B*T[1]+A*T[0];x.values[Q]=u}continue}let Y=Math.round(K),X=Math.round(H);for(let J=0;J<d;J++){let Q=J+Y*I[2]+X*I[1]+M*I[0],rt=J+V*T[2]+B*T[1]+A*T[0];x.values[rt]=w[Q]}}}}return e.makeTensorInfo(x.shape,x.dtype,x.values)}var wv={kernelName:zc,backendName:"cpu",kernelFunc:UL};function HL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,exclusive:i,reverse:a}=s;U(n,"cumprod");let l=S.getAxesPermutation([o],n.shape.length),u=n;l!=null&&(u=ne({inputs:{x:n},backend:e,attrs:{perm:l}}));let c=S.getInnerMostAxes(1,n.shape.length)[0];if(c!==u.shape.length-1)throw new Error(`backend.cumprod in CPU expects an inner-most axis=${u.shape.length-1} but got axis=${c}`);let p=He(u.dtype,"int32"),m=C.makeOnesTypedArray(C.sizeFromShape(u.shape),p),d=e.data.get(u.dataId).values,f=u.shape[u.shape.length-1],h=a?(x,y)=>x+f-y-1:(x,y)=>x+y;for(let x=0;x<d.length;x+=f)for(let y=0;y<f;y++){let N=h(x,y);if(y===0)m[N]=i?1:d[N];else{let w=h(x,y-1);m[N]=i?d[w]*m[w]:d[N]*m[w]}}let g=e.makeTensorInfo(u.shape,p,m);if(l!=null){let x=S.getUndoAxesPermutation(l),y=ne({inputs:{x:g},backend:e,attrs:{perm:x}});return e.disposeIntermediateTensorInfo(g),e.disposeIntermediateTensorInfo(u),y}return g}var Nv={kernelName:Lc,backendName:"cpu",kernelFunc:HL};function KL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,exclusive:i,reverse:a}=s;U(n,"cumsum");let l=S.getAxesPermutation([o],n.shape.length),u=n;l!=null&&(u=ne({inputs:{x:n},backend:e,attrs:{perm:l}}));let c=S.getInnerMostAxes(1,n.shape.length)[0];if(c!==u.shape.length-1)throw new Error(`backend.cumsum in CPU expects an inner-most axis=${u.shape.length-1} but got axis=${c}`);let p=He(u.dtype,"int32"),m=C.makeZerosTypedArray(C.sizeFromShape(u.shape),p),d=e.data.get(u.dataId).values,f=u.shape[u.shape.length-1],h=a?(x,y)=>x+f-y-1:(x,y)=>x+y;for(let x=0;x<d.length;x+=f)for(let y=0;y<f;y++){let N=h(x,y);if(y===0)m[N]=i?0:d[N];else{let w=h(x,y-1);m[N]=i?d[w]+m[w]:d[N]+m[w]}}let g=e.makeTensorInfo(u.shape,p,m);if(l!=null){let x=S.getUndoAxesPermutation(l),y=ne({inputs:{x:g},backend:e,attrs:{perm:x}});return e.disposeIntermediateTensorInfo(g),e.disposeIntermediateTensorInfo(u),y}return g}var Sv={kernelName:Uo,backendName:"cpu",kernelFunc:KL};function qL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,weights:o}=t,{size:i,binaryOutput:a}=s;if(n.shape.length===1){let l=e.data.get(n.dataId).values,u=e.data.get(o.dataId).values,c=Yp(l,u,o.dtype,o.shape,i);return e.makeTensorInfo([i],o.dtype,c)}else if(n.shape.length===2){let l=e.bufferSync(n),u=e.bufferSync(o),c=EC(l,u,i,a);return e.makeTensorInfo(c.shape,o.dtype,c.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${n.shape.length}.`)}var Iv={kernelName:Pc,backendName:"cpu",kernelFunc:qL};function jL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{blockSize:o,dataFormat:i}=s;C.assert(i==="NHWC",()=>`Only NHWC dataFormat supported on CPU for depthToSpace. Got ${i}`);let a=n.shape[0],l=n.shape[1],u=n.shape[2],c=n.shape[3],p=l*o,m=u*o,d=c/(o*o),f=e.data.get(n.dataId).values,h=new Float32Array(a*p*m*d),g=0;for(let x=0;x<a;++x)for(let y=0;y<p;++y){let N=Math.floor(y/o),w=y%o;for(let I=0;I<m;++I){let T=Math.floor(I/o),A=I%o,E=(w*o+A)*d;for(let D=0;D<d;++D){let z=D+E+c*(T+u*(N+l*x));h[g++]=f[z]}}}return e.makeTensorInfo([a,p,m,d],n.dtype,h)}var vv={kernelName:Vc,backendName:"cpu",kernelFunc:jL};function Ey(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,filter:o}=t,{strides:i,pad:a,dilations:l,dimRoundingMode:u}=s;U([n,o],"depthwiseConv2DNative");let c=C.computeStrides(n.shape),p=C.computeStrides(o.shape),m=l;m==null&&(m=[1,1]),C.assert(S.eitherStridesOrDilationsAreOne(i,m),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${i} and dilations '${m}'`);let d=S.computeConv2DInfo(n.shape,o.shape,i,m,a,u,!0),{filterHeight:f,filterWidth:h,dilationHeight:g,dilationWidth:x,padInfo:y}=d,N=y.left,w=y.top,I=d.outChannels/d.inChannels,T=new se(d.outShape,n.dtype),A=e.data.get(n.dataId).values,E=e.data.get(o.dataId).values,D=T.values;for(let F=0;F<d.batchSize;++F){let z=F*c[0],W=F*T.strides[0];for(let M=0;M<d.outHeight;++M){let G=W+M*T.strides[1],P=M*d.strideHeight-w;for(let B=0;B<f;++B){let H=P+B*g;if(H<0||H>=d.inHeight)continue;let V=B*p[0],K=z+H*c[1];for(let Y=0;Y<d.outWidth;++Y){let X=G+Y*T.strides[2],J=Y*d.strideWidth-N;for(let Q=0;Q<h;++Q){let rt=J+Q*x;if(rt<0||rt>=d.inWidth)continue;let tt=V+Q*p[1],st=K+rt*d.inChannels,pt=X,gt=tt;for(let ft=0;ft<d.inChannels;++ft){let Nt=A[st+ft];for(let St=0;St<I;++St)D[pt+St]+=Nt*E[gt+St];pt+=I,gt+=I}}}}}}return e.makeTensorInfo(T.shape,T.dtype,T.values)}var Tv={kernelName:Ho,backendName:"cpu",kernelFunc:Ey};function XL(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,dy:o}=t,{strides:i,dilations:a,pad:l,dimRoundingMode:u,filterShape:c}=s;U([n,o],"depthwiseConv2dNativeBackpropFilter");let p=S.computeConv2DInfo(n.shape,c,i,a,l,u,!0),{strideHeight:m,strideWidth:d,filterHeight:f,filterWidth:h}=p,g=new se(p.filterShape,"float32"),x=p.padInfo.left,y=p.padInfo.top,N=p.outChannels/p.inChannels,w=e.data.get(n.dataId).values,I=new se(n.shape,n.dtype,w),T=e.data.get(o.dataId).values,A=new se(o.shape,o.dtype,T);for(let E=0;E<f;++E){let D=Math.max(0,Math.ceil((y-E)/m)),F=Math.min(p.outHeight,(p.inHeight+y-E)/m);for(let z=0;z<h;++z){let W=Math.max(0,Math.ceil((x-z)/d)),M=Math.min(p.outWidth,(p.inWidth+x-z)/d);for(let G=0;G<p.outChannels;++G){let P=Math.trunc(G/N),B=G%N,H=0;for(let V=0;V<p.batchSize;++V)for(let K=D;K<F;++K){let Y=E+K*m-y;for(let X=W;X<M;++X){let J=z+X*d-x;H+=I.get(V,Y,J,P)*A.get(V,K,X,G)}}g.set(H,E,z,P,B)}}}return e.makeTensorInfo(g.shape,g.dtype,g.values)}var kv={kernelName:Bc,backendName:"cpu",kernelFunc:XL};function YL(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,filter:o}=t,{strides:i,dilations:a,pad:l,dimRoundingMode:u,inputShape:c}=s;U([n,o],"depthwiseConv2DNativeBackpropInput");let p=C.computeStrides(n.shape),m=C.computeStrides(o.shape),d=S.computeConv2DInfo(c,o.shape,i,a,l,u,!0),f=new se(d.inShape,"float32"),h=f.values,[g,x,y]=f.strides,N=e.data.get(n.dataId).values,[w,I,T]=p,A=e.data.get(o.dataId).values,[E,D,F]=m,{batchSize:z,filterHeight:W,filterWidth:M,inChannels:G,inHeight:P,inWidth:B,outChannels:H,outHeight:V,outWidth:K,strideHeight:Y,strideWidth:X}=d,J=W-1-d.padInfo.top,Q=M-1-d.padInfo.left,rt=H/G;for(let tt=0;tt<z;++tt)for(let st=0;st<G;++st)for(let pt=0;pt<P;++pt){let gt=pt-J,ft=Math.max(0,Math.ceil(gt/Y)),Nt=Math.min(V,(W+gt)/Y);for(let St=0;St<B;++St){let Pt=St-Q,Ut=Math.max(0,Math.ceil(Pt/X)),ie=Math.min(K,(M+Pt)/X),Ht=0;for(let Vt=ft;Vt<Nt;++Vt){let re=Vt*Y-gt;for(let Yt=Ut;Yt<ie;++Yt){let fs=Yt*X-Pt,ve=w*tt+I*Vt+T*Yt,Ms=E*(W-1-re)+D*(M-1-fs)+F*st;for(let hr=0;hr<rt;++hr){let mn=st*rt+hr,Pr=N[ve+mn],hs=A[Ms+hr];Ht+=Pr*hs}}}h[g*tt+x*pt+y*St+st]=Ht}}return e.makeTensorInfo(f.shape,f.dtype,f.values)}var Av={kernelName:Mc,backendName:"cpu",kernelFunc:YL};function QL(r){let{inputs:t,backend:e}=r,{x:s}=t,n=C.sizeFromShape(s.shape),o=e.data.get(s.dataId).values,i=Tt([n,n],s.dtype),a=i.values;for(let u=0;u<o.length;u++)a[u*n+u]=o[u];let l=[...s.shape,...s.shape];return e.makeTensorInfo(l,i.dtype,i.values)}var Ev={kernelName:Gc,backendName:"cpu",kernelFunc:QL};var Rv={kernelName:Ko,backendName:"cpu",kernelFunc:({inputs:r,backend:t,attrs:e})=>{let{x:s,filter:n}=r,{strides:o,pad:i,dilations:a}=e,l=t,u=l.data.get(s.dataId).values,c=s.shape.length,p=l.data.get(n.dataId).values,m=n.shape.length,{batchSize:d,inHeight:f,inWidth:h,inChannels:g,outHeight:x,outWidth:y,padInfo:N,strideHeight:w,strideWidth:I,filterHeight:T,filterWidth:A,dilationHeight:E,dilationWidth:D,outShape:F}=S.computeDilation2DInfo(s.shape,n.shape,o,i,"NHWC",a),z=C.sizeFromShape(F),W=F.length,M=C.getArrayFromDType(s.dtype,z);for(let P=0;P<d;++P)for(let B=0;B<x;++B){let H=B*w-N.top;for(let V=0;V<y;++V){let K=V*I-N.left;for(let Y=0;Y<g;++Y){let X=Number.MIN_SAFE_INTEGER;for(let Q=0;Q<T;++Q){let rt=H+Q*E;if(rt>=0&&rt<f)for(let tt=0;tt<A;++tt){let st=K+tt*D;if(st>=0&&st<h){let pt=C.locToIndex([P,rt,st,Y],c,C.computeStrides(s.shape)),gt=C.locToIndex([Q,tt,Y],m,C.computeStrides(n.shape)),ft=u[pt]+p[gt];ft>X&&(X=ft)}}}let J=C.locToIndex([P,B,V,Y],W,C.computeStrides(F));M[J]=X}}}return{dataId:l.write(C.toTypedArray(M,s.dtype),F,s.dtype),shape:F,dtype:s.dtype}}};var $v={kernelName:Xl,backendName:"cpu",kernelFunc:({inputs:r,backend:t,attrs:e})=>{let{x:s,filter:n,dy:o}=r,{strides:i,pad:a,dilations:l}=e,u=t,c=C.toNestedArray(s.shape,u.data.get(s.dataId).values),p=C.toNestedArray(n.shape,u.data.get(n.dataId).values),{batchSize:m,inHeight:d,inWidth:f,inChannels:h,outHeight:g,outWidth:x,padInfo:y,strideHeight:N,strideWidth:w,filterHeight:I,filterWidth:T,dilationHeight:A,dilationWidth:E,outShape:D}=S.computeDilation2DInfo(s.shape,n.shape,i,a,"NHWC",l);C.assert(o.rank===D.length,()=>`Error in ${Xl}, dy must have the same rank as output ${D.length}, but got ${o.rank}`);let F=C.toNestedArray(D,u.data.get(o.dataId).values),z=C.makeZerosNestedTypedArray(n.shape,n.dtype);for(let M=0;M<m;++M)for(let G=0;G<g;++G){let P=G*N-y.top;for(let B=0;B<x;++B){let H=B*w-y.left;for(let V=0;V<h;++V){let K=Number.MIN_SAFE_INTEGER,Y=0,X=0;for(let J=0;J<I;++J){let Q=P+J*A;if(Q>=0&&Q<d)for(let rt=0;rt<T;++rt){let tt=H+rt*E;if(tt>=0&&tt<f){let st=c[M][Q][tt][V]+p[J][rt][V];st>K&&(K=st,Y=J,X=rt)}}}z[Y][X][V]+=F[M][G][B][V]}}}return{dataId:u.write(C.toTypedArray(z,s.dtype),n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};var Dv={kernelName:jl,backendName:"cpu",kernelFunc:({inputs:r,backend:t,attrs:e})=>{let{x:s,filter:n,dy:o}=r,{strides:i,pad:a,dilations:l}=e,u=t,c=C.toNestedArray(s.shape,u.data.get(s.dataId).values),p=C.toNestedArray(n.shape,u.data.get(n.dataId).values),{batchSize:m,inHeight:d,inWidth:f,inChannels:h,outHeight:g,outWidth:x,padInfo:y,strideHeight:N,strideWidth:w,filterHeight:I,filterWidth:T,dilationHeight:A,dilationWidth:E,outShape:D}=S.computeDilation2DInfo(s.shape,n.shape,i,a,"NHWC",l);C.assert(o.rank===D.length,()=>`Error in ${jl}, dy must have the same rank as output ${D.length}, but got ${o.rank}`);let F=C.toNestedArray(D,u.data.get(o.dataId).values),z=C.makeZerosNestedTypedArray(s.shape,s.dtype);for(let M=0;M<m;++M)for(let G=0;G<g;++G){let P=G*N-y.top;for(let B=0;B<x;++B){let H=B*w-y.left;for(let V=0;V<h;++V){let K=Number.MIN_SAFE_INTEGER,Y=P<0?0:P,X=H<0?0:H;for(let J=0;J<I;++J){let Q=P+J*A;if(Q>=0&&Q<d)for(let rt=0;rt<T;++rt){let tt=H+rt*E;if(tt>=0&&tt<f){let st=c[M][Q][tt][V]+p[J][rt][V];st>K&&(K=st,Y=Q,X=tt)}}}z[M][Y][X][V]+=F[M][G][B][V]}}}return{dataId:u.write(C.toTypedArray(z,s.dtype),s.shape,s.dtype),shape:s.shape,dtype:s.dtype}}};function ZL(r){let{inputs:t,backend:e,attrs:s}=r,{image:n}=t,{canvas:o,options:i}=s,{contextOptions:a,imageOptions:l}=i||{},u=l?.alpha||1,c=a?.contextType||"2d";if(c!=="2d")throw new Error(`Context type ${a.contextType} is not supported by the CPU backend.`);let p=o.getContext(c,a?.contextAttributes||{});if(p==null)throw new Error(`Could not get the context with ${c} type.`);let[m,d]=n.shape.slice(0,2),f=n.shape.length===2?1:n.shape[2],h=e.data.get(n.dataId).values,g=n.dtype==="float32"?255:1,x=new Uint8ClampedArray(d*m*4);for(let N=0;N<m*d;++N){let w=[0,0,0,255*u];for(let T=0;T<f;T++){let A=h[N*f+T];if(n.dtype==="float32"){if(A<0||A>1)throw new Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${A}.`)}else if(n.dtype==="int32"&&(A<0||A>255))throw new Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${A}.`);f===1?(w[0]=A*g,w[1]=A*g,w[2]=A*g):w[T]=A*g}let I=N*4;x[I+0]=Math.round(w[0]),x[I+1]=Math.round(w[1]),x[I+2]=Math.round(w[2]),x[I+3]=Math.round(w[3])}o.width=d,o.height=m;let y=new ImageData(x,d,m);return p.putImageData(y,0,0),n}var Ov={kernelName:jb,backendName:"cpu",kernelFunc:ZL};function Fs(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,keepDims:i}=s;U(n,"sum");let a;n.dtype==="bool"?a=Pi({inputs:{x:n},backend:e,attrs:{dtype:"int32"}}):a=ar({inputs:{x:n},backend:e});let l=a.shape.length,u=C.parseAxisParam(o,a.shape),c=S.getAxesPermutation(u,l),p=u,m=a;c!=null&&(m=ne({inputs:{x:a},backend:e,attrs:{perm:c}}),p=S.getInnerMostAxes(p.length,l)),S.assertAxesAreInnerMostDims("sum",p,m.shape.length);let[d,f]=S.computeOutAndReduceShapes(m.shape,p),h=S.upcastType(m.dtype,"int32"),g=IC(e,d,h),x=C.sizeFromShape(f),y=e.data.get(g.dataId).values,N=e.data.get(m.dataId).values;for(let w=0;w<y.length;++w){let I=w*x,T=0;for(let A=0;A<x;++A)T+=N[I+A];y[w]=T}if(i){let w=S.expandShapeToKeepDim(g.shape,u),I=g;g=wt({inputs:{x:g},backend:e,attrs:{shape:w}}),e.disposeIntermediateTensorInfo(I)}return e.disposeIntermediateTensorInfo(a),c!=null&&e.disposeIntermediateTensorInfo(m),g}var Fv={kernelName:"Sum",backendName:"cpu",kernelFunc:Fs};function JL(r){let{inputs:t,backend:e,attrs:s}=r,{equation:n}=s,o=t,{allDims:i,summedDims:a,idDims:l}=S.decodeEinsumEquation(n,o.length);S.checkEinsumDimSizes(i.length,l,o);let{path:u,steps:c}=S.getEinsumComputePath(a,l),p=c.length,m=null,d=i.length,f=[];for(let h=0;h<p;++h){for(let g of c[h]){let{permutationIndices:x,expandDims:y}=S.getEinsumPermutation(d,l[g]),N;S.isIdentityPermutation(x)?N=o[g]:(N=ne({inputs:{x:o[g]},backend:e,attrs:{perm:x}}),f.push(N));let w=N.shape.slice();for(let I=0;I<y.length;++I)w.splice(y[I],0,1);C.arraysEqual(N.shape,w)||(N=wt({inputs:{x:N},backend:e,attrs:{shape:w}}),f.push(N)),m===null?m=N:(m=Vi({inputs:{a:N,b:m},backend:e}),f.push(m))}h<p-1&&(u[h]>=0&&(m=Fs({inputs:{x:m},backend:e,attrs:{axis:u[h]-(i.length-d),keepDims:!1}}),f.push(m)),d--)}for(let h of f)h!==m&&e.disposeIntermediateTensorInfo(h);return m}var _v={kernelName:Wc,backendName:"cpu",kernelFunc:JL};function tz(r){let{inputs:t,backend:e}=r,{dy:s,y:n}=t;U([s,n],"eluGrad");let o=new Float32Array(C.sizeFromShape(n.shape)),i=e.data.get(n.dataId).values,a=e.data.get(s.dataId).values;for(let l=0;l<i.length;++l){let u=i[l];u>=0?o[l]=a[l]:o[l]=a[l]*(u+1)}return e.makeTensorInfo(n.shape,"float32",o)}var Lv={kernelName:qo,backendName:"cpu",kernelFunc:tz};var ez=S.ERF_P,rz=S.ERF_A1,sz=S.ERF_A2,nz=S.ERF_A3,oz=S.ERF_A4,iz=S.ERF_A5,az=mt("Erf",r=>{let t=Math.sign(r),e=Math.abs(r),s=1/(1+ez*e);return t*(1-((((iz*s+oz)*s+nz)*s+sz)*s+rz)*s*Math.exp(-e*e))}),zv={kernelName:"Erf",backendName:"cpu",kernelFunc:az};function vl(r){let{inputs:t,backend:e,attrs:s}=r,{input:n}=t,{dim:o}=s,i=n.shape.length,a=n.shape.slice(),l=o;return o<0&&(C.assert(-(i+1)<=o,()=>`Axis must be in the interval [${-(i+1)}, ${i}]`),l=i+o+1),a.splice(l,0,1),wt({inputs:{x:n},backend:e,attrs:{shape:a}})}var Pv={kernelName:Xo,backendName:"cpu",kernelFunc:vl};var lz=or((r,t)=>r/t),lc=Er(Nn,lz),uc={kernelName:Nn,backendName:"cpu",kernelFunc:lc};function Bd(r,t,e){let s=r.shape,n=s[0],o=s[1],i=e.data.get(r.dataId),a=i.complexTensorInfos.real,l=i.complexTensorInfos.imag,u=[n,o],c=C.sizeFromShape(u),p=C.getTypedArrayFromDType("float32",c),m=C.getTypedArrayFromDType("float32",c);for(let g=0;g<n;g++){let x=Mr({inputs:{x:a},backend:e,attrs:{begin:[g,0],size:[1,o]}}),y=Mr({inputs:{x:l},backend:e,attrs:{begin:[g,0],size:[1,o]}}),N=ir({inputs:{real:x,imag:y},backend:e}),{real:w,imag:I}=uz(N,t,e),T=S.mergeRealAndImagArrays(w,I);for(let A=0;A<o;A++){let E=S.getComplexWithIndex(T,A);p[g*o+A]=E.real,m[g*o+A]=E.imag}e.disposeIntermediateTensorInfo(x),e.disposeIntermediateTensorInfo(y),e.disposeIntermediateTensorInfo(N)}let d=e.makeTensorInfo(u,"float32",p),f=e.makeTensorInfo(u,"float32",m),h=ir({inputs:{real:d,imag:f},backend:e});return e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(f),h}function uz(r,t,e){let s=C.sizeFromShape(r.shape),n=e.data.get(r.dataId),o=e.data.get(n.complexTensorInfos.real.dataId).values,i=e.data.get(n.complexTensorInfos.imag.dataId).values;if(cz(s)){let a=Ry(o,i,s,t,e),l=[r.shape[0],r.shape[1]];if(t){let u=e.makeTensorInfo(l,"float32",a.real),c=e.makeTensorInfo(l,"float32",a.imag),p=e.makeTensorInfo([],"float32",C.createScalarValue(s,"float32")),m=ar({inputs:{x:p},backend:e}),d=uc.kernelFunc({inputs:{a:u,b:p},backend:e}),f=uc.kernelFunc({inputs:{a:c,b:m},backend:e}),h=e.data.get(d.dataId).values,g=e.data.get(f.dataId).values;return e.disposeIntermediateTensorInfo(u),e.disposeIntermediateTensorInfo(c),e.disposeIntermediateTensorInfo(p),e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(f),{real:h,imag:g}}return a}else{let a=S.mergeRealAndImagArrays(o,i),l=pz(a,s,t);return S.splitRealAndImagArrays(l)}}function cz(r){return(r&r-1)===0}function Ry(r,t,e,s,n){if(e===1)return{real:r,imag:t};let o=S.mergeRealAndImagArrays(r,t),i=e/2,a=S.complexWithEvenIndex(o),l=a.real,u=a.imag,c=[l.length],p=n.makeTensorInfo(c,"float32",l),m=n.makeTensorInfo(c,"float32",u),d=ir({inputs:{real:p,imag:m},backend:n}),f=S.complexWithOddIndex(o),h=f.real,g=f.imag,x=[h.length],y=n.makeTensorInfo(x,"float32",h),N=n.makeTensorInfo(x,"float32",g),w=ir({inputs:{real:y,imag:N},backend:n}),I=Ry(l,u,i,s,n),T=I.real,A=I.imag,E=[T.length],D=n.makeTensorInfo(E,"float32",T),F=n.makeTensorInfo(E,"float32",A),z=ir({inputs:{real:D,imag:F},backend:n}),W=Ry(h,g,i,s,n),M=W.real,G=W.imag,P=[M.length],B=n.makeTensorInfo(P,"float32",M),H=n.makeTensorInfo(P,"float32",G),V=ir({inputs:{real:B,imag:H},backend:n}),K=S.exponents(e,s),Y=[K.real.length],X=n.makeTensorInfo(Y,"float32",K.real),J=n.makeTensorInfo(Y,"float32",K.imag),Q=ir({inputs:{real:X,imag:J},backend:n}),rt=Vi({inputs:{a:Q,b:V},backend:n}),tt=Ns({inputs:{a:z,b:rt},backend:n}),st=Zp({inputs:{a:z,b:rt},backend:n}),pt=ws({inputs:{input:tt},backend:n}),gt=ws({inputs:{input:st},backend:n}),ft=ps({inputs:{input:tt},backend:n}),Nt=ps({inputs:{input:st},backend:n}),St=on({inputs:[pt,gt],backend:n,attrs:{axis:0}}),Pt=on({inputs:[ft,Nt],backend:n,attrs:{axis:0}}),Ut=n.data.get(St.dataId).values,ie=n.data.get(Pt.dataId).values;return n.disposeIntermediateTensorInfo(p),n.disposeIntermediateTensorInfo(m),n.disposeIntermediateTensorInfo(d),n.disposeIntermediateTensorInfo(y),n.disposeIntermediateTensorInfo(N),n.disposeIntermediateTensorInfo(w),n.disposeIntermediateTensorInfo(D),n.disposeIntermediateTensorInfo(F),n.disposeIntermediateTensorInfo(z),n.disposeIntermediateTensorInfo(B),n.disposeIntermediateTensorInfo(H),n.disposeIntermediateTensorInfo(V),n.disposeIntermediateTensorInfo(X),n.disposeIntermediateTensorInfo(J),n.disposeIntermediateTensorInfo(Q),n.disposeIntermediateTensorInfo(rt),n.disposeIntermediateTensorInfo(tt),n.disposeIntermediateTensorInfo(st),n.disposeIntermediateTensorInfo(pt),n.disposeIntermediateTensorInfo(ft),n.disposeIntermediateTensorInfo(gt),n.disposeIntermediateTensorInfo(Nt),n.disposeIntermediateTensorInfo(St),n.disposeIntermediateTensorInfo(Pt),{real:Ut,imag:ie}}function pz(r,t,e){let s=new Float32Array(t*2);for(let n=0;n<t;n++){let o=0,i=0;for(let a=0;a<t;a++){let l=S.exponent(n*a,t,e),u=S.getComplexWithIndex(r,a);o+=u.real*l.real-u.imag*l.imag,i+=u.real*l.imag+u.imag*l.real}e&&(o/=t,i/=t),S.assignToTypedArray(s,o,i,n)}return s}function mz(r){let{inputs:t,backend:e}=r,{input:s}=t,n=C.sizeFromShape(s.shape),o=s.shape[s.shape.length-1],i=n/o,a=wt({inputs:{x:s},backend:e,attrs:{shape:[i,o]}}),l=Bd(a,!1,e),u=wt({inputs:{x:l},backend:e,attrs:{shape:s.shape}});return e.disposeIntermediateTensorInfo(a),e.disposeIntermediateTensorInfo(l),u}var Vv={kernelName:"FFT",backendName:"cpu",kernelFunc:mz};function cc(r){let{backend:t,attrs:e}=r,{shape:s,value:n,dtype:o}=e,i=o||C.inferDtype(n),a=C.getArrayFromDType(i,C.sizeFromShape(s));return dz(a,n,i),t.makeTensorInfo(s,i,a)}var Bv={kernelName:Kc,backendName:"cpu",kernelFunc:cc};function dz(r,t,e){r.fill(t)}var Mv={kernelName:qc,backendName:"cpu",kernelFunc:({inputs:r,attrs:t,backend:e})=>{let{image:s}=r,n=e,o=C.getTypedArrayFromDType(s.dtype,C.sizeFromShape(s.shape)),[i,a,l,u]=s.shape,c=n.data.get(s.dataId).values;for(let m=0;m<i;m++){let d=m*l*a*u;for(let f=0;f<a;f++){let h=f*(l*u);for(let g=0;g<l;g++){let x=g*u;for(let y=0;y<u;y++){let N=Math.round(l-g-1),w=d+h+x+y,I=c[w];if(N>=0&&N<l){let T=N*u,A=d+h+T+y;I=c[A]}o[w]=I}}}}return{dataId:n.write(o,s.shape,s.dtype),shape:s.shape,dtype:s.dtype}}};function fz(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,filter:o,bias:i,preluActivationWeights:a}=t,{strides:l,pad:u,dataFormat:c,dilations:p,dimRoundingMode:m,activation:d,leakyreluAlpha:f}=s,h=Ay({inputs:{x:n,filter:o},backend:e,attrs:{strides:l,pad:u,dataFormat:c,dilations:p,dimRoundingMode:m}});if(i){let g=h;if(c==="NCHW"&&i.shape.length===1&&i.shape[0]!==1){let x=wt({inputs:{x:i},backend:e,attrs:{shape:[i.shape[0],1,1]}});h=Ns({inputs:{a:h,b:x},backend:e}),e.disposeIntermediateTensorInfo(x)}else h=Ns({inputs:{a:h,b:i},backend:e});e.disposeIntermediateTensorInfo(g)}if(d){let g=h;if(c==="NCHW"&&d==="prelu"&&a.shape.length===1&&a.shape[0]!==1){let x=wt({inputs:{x:a},backend:e,attrs:{shape:[a.shape[0],1,1]}});h=go(e,h,d,x,f),e.disposeIntermediateTensorInfo(x)}else h=go(e,h,d,a,f);e.disposeIntermediateTensorInfo(g)}return h}var Gv={kernelName:Pp,backendName:"cpu",kernelFunc:fz};function hz(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,filter:o,bias:i,preluActivationWeights:a}=t,{strides:l,pad:u,dataFormat:c,dilations:p,dimRoundingMode:m,activation:d,leakyreluAlpha:f}=s,h=Ey({inputs:{x:n,filter:o},backend:e,attrs:{strides:l,pad:u,dataFormat:c,dilations:p,dimRoundingMode:m}});if(i){let g=h;h=Ns({inputs:{a:h,b:i},backend:e}),e.disposeIntermediateTensorInfo(g)}if(d){let g=h;h=go(e,h,d,a,f),e.disposeIntermediateTensorInfo(g)}return h}var Wv={kernelName:Vp,backendName:"cpu",kernelFunc:hz};function gz(r){let{inputs:t,backend:e}=r,{params:s,indices:n}=t,o=C.sizeFromShape(s.shape),i=n.shape,a=i[i.length-1],[l,u,c,p]=S.prepareAndValidate(s,n);if(u===0)return e.makeTensorInfo(l,s.dtype,[]);let m=e.data.get(n.dataId).values,d=e.bufferSync(s),f=BC(m,d,s.dtype,u,a,c,p,s.shape,o);return e.makeTensorInfo(l,s.dtype,f.values)}var Uv={kernelName:Yc,backendName:"cpu",kernelFunc:gz};function xz(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,indices:o}=t,{axis:i,batchDims:a}=s;U([n,o],"gatherV2");let l=C.parseAxisParam(i,n.shape)[0],u=e.data.get(o.dataId).values,c=n.shape[l];for(let w=0;w<u.length;++w){let I=u[w];C.assert(I<=c-1&&I>=0,()=>`GatherV2: the index value ${I} is not in [0, ${c-1}]`)}let p=a;a==null&&(p=0);let m=C.sizeFromShape(o.shape),d=S.segment_util.collectGatherOpShapeInfo(n,o,l,p),f=wt({inputs:{x:n},backend:e,attrs:{shape:[d.batchSize,d.outerSize,d.dimSize,d.sliceSize]}}),h=wt({inputs:{x:o},backend:e,attrs:{shape:[d.batchSize,m/d.batchSize]}}),g=[d.batchSize,d.outerSize,m/d.batchSize,d.sliceSize],x=e.bufferSync(h),y=e.bufferSync(f),N=MC(y,x,g);return e.disposeIntermediateTensorInfo(f),e.disposeIntermediateTensorInfo(h),e.makeTensorInfo(d.outputShape,N.dtype,N.values)}var Hv={kernelName:Qo,backendName:"cpu",kernelFunc:xz};function yz(r){let{inputs:t,backend:e}=r,{input:s}=t,n=C.sizeFromShape(s.shape),o=s.shape[s.shape.length-1],i=n/o,a=wt({inputs:{x:s},backend:e,attrs:{shape:[i,o]}}),l=Bd(a,!0,e),u=wt({inputs:{x:l},backend:e,attrs:{shape:s.shape}});return e.disposeIntermediateTensorInfo(a),e.disposeIntermediateTensorInfo(l),u}var Kv={kernelName:Jc,backendName:"cpu",kernelFunc:yz};var bz=mt(In,r=>Number.isFinite(r)?1:0,"bool"),qv={kernelName:In,backendName:"cpu",kernelFunc:bz};var Cz=mt(vn,r=>Math.abs(r)===1/0?1:0,"bool"),jv={kernelName:vn,backendName:"cpu",kernelFunc:Cz};var wz=mt(Tn,r=>Number.isNaN(r)?1:0,"bool"),Xv={kernelName:Tn,backendName:"cpu",kernelFunc:wz};function Nz(r){let{backend:t,attrs:e}=r,{start:s,stop:n,num:o}=e,i=KC(s,n,o);return t.makeTensorInfo([i.length],"float32",i)}var Yv={kernelName:ep,backendName:"cpu",kernelFunc:Nz};var Sz=mt(kn,r=>Math.log1p(r)),Qv={kernelName:kn,backendName:"cpu",kernelFunc:Sz};var Iz=or((r,t)=>r&&t),vz=Er(Yl,Iz,null,"bool"),Zv={kernelName:Yl,backendName:"cpu",kernelFunc:vz};var Tz=mt(Ql,r=>r?0:1,"bool"),Jv={kernelName:Ql,backendName:"cpu",kernelFunc:Tz};var kz=or((r,t)=>r||t),Az=Er(Zl,kz,null,"bool"),tT={kernelName:Zl,backendName:"cpu",kernelFunc:Az};function Ez(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{depthRadius:o,bias:i,alpha:a,beta:l}=s;U(n,"LRN");let u=n.shape[3],c=u-1,p=e.data.get(n.dataId).values,m=C.sizeFromShape(n.shape),d=new Float32Array(m);function f(h){let g=h%u,x=h-g+Math.max(0,g-o),y=h-g+Math.min(g+o,c),N=0;for(;x<=y;x++){let w=p[x];N+=w*w}return N}for(let h=0;h<m;h++){let g=f(h),x=p[h]*Math.pow(i+a*g,-l);d[h]=x}return e.makeTensorInfo(n.shape,n.dtype,d)}var eT={kernelName:"LRN",backendName:"cpu",kernelFunc:Ez};function Rz(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,y:o,dy:i}=t,{depthRadius:a,bias:l,alpha:u,beta:c}=s;U(i,"LRNGrad");let p=C.sizeFromShape(i.shape),m=i.shape[3],d=e.data.get(i.dataId).values,f=e.data.get(n.dataId).values,h=e.data.get(o.dataId).values,g=new Float32Array(p),x=p;for(let y=0;y<x;y++){let N=y%m,w=y-N+Math.max(0,N-a),I=y-N+Math.min(m,N+a+1),T=0;for(let A=w;A<I;A++)T+=Math.pow(f[A],2);T=u*T+l;for(let A=w;A<I;A++){let E=-2*u*c*f[A]*h[y]/T;y===A&&(E+=Math.pow(T,-c)),E*=d[y],g[A]+=E}}return e.makeTensorInfo(i.shape,n.dtype,g)}var rT={kernelName:Jo,backendName:"cpu",kernelFunc:Rz};function $y(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{reductionIndices:o,keepDims:i}=s,a=e,l=n.shape,u=l.length,c=C.parseAxisParam(o,l),p=c,m=S.getAxesPermutation(p,u),d=a.data.get(n.dataId).values;if(m!=null){let w=new Array(u);for(let I=0;I<w.length;I++)w[I]=l[m[I]];d=tw(d,l,n.dtype,m,w),p=S.getInnerMostAxes(p.length,u),l=w}U(n,"max"),S.assertAxesAreInnerMostDims("max",p,u);let[f,h]=S.computeOutAndReduceShapes(l,p),g=C.sizeFromShape(h),x=jC(d,g,f,n.dtype),y=a.write(x,f,n.dtype),N=f;return i&&(N=S.expandShapeToKeepDim(f,c)),{dataId:y,shape:N,dtype:n.dtype}}var sT={kernelName:"Max",backendName:"cpu",kernelFunc:$y};function $z(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t;U(n,"maxPool");let{filterSize:o,strides:i,pad:a,dimRoundingMode:l}=s,u=1;C.assert(S.eitherStridesOrDilationsAreOne(i,u),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${i} and dilations '${u}'`);let c=S.computePool2DInfo(n.shape,o,i,u,a,l),p;if(c.filterWidth===1&&c.filterHeight===1&&C.arraysEqual(c.inShape,c.outShape))p=ar({inputs:{x:n},backend:e});else{let m=e.data.get(n.dataId).values,d=C.computeStrides(n.shape),f=Il(m,n.shape,n.dtype,d,c,"max");p=e.makeTensorInfo(c.outShape,n.dtype,f.values)}return p}var nT={kernelName:ti,backendName:"cpu",kernelFunc:$z};function Dz(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{filterSize:o,strides:i,pad:a,dimRoundingMode:l,dataFormat:u}=s;U(n,"maxPool3d");let c=S.computePool3DInfo(n.shape,o,i,1,a,l,u),p=e.data.get(n.dataId).values,m=Vd(p,n.shape,n.dtype,C.computeStrides(n.shape),c,"max");return e.makeTensorInfo(m.shape,"float32",m.values)}var oT={kernelName:ri,backendName:"cpu",kernelFunc:Dz};function Oz(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,input:o}=t,{filterSize:i,strides:a,pad:l,dimRoundingMode:u}=s;U([n,o],"maxPool3DGrad");let c=S.computePool3DInfo(o.shape,i,a,1,l,u),p=e.bufferSync(o),m=tv(p,c),d=c.strideDepth,f=c.strideHeight,h=c.strideWidth,g=c.dilationDepth,x=c.dilationHeight,y=c.dilationWidth,N=c.effectiveFilterDepth,w=c.effectiveFilterHeight,I=c.effectiveFilterWidth,T=N-1-c.padInfo.front,A=I-1-c.padInfo.left,E=w-1-c.padInfo.top,D=Tt(o.shape,"float32"),F=e.bufferSync(n);for(let z=0;z<c.batchSize;++z)for(let W=0;W<c.inChannels;++W)for(let M=0;M<c.inDepth;++M)for(let G=0;G<c.inHeight;++G)for(let P=0;P<c.inWidth;++P){let B=M-T,H=G-E,V=P-A,K=0;for(let Y=0;Y<N;Y+=g){let X=(B+Y)/d;if(!(X<0||X>=c.outDepth||Math.floor(X)!==X))for(let J=0;J<w;J+=x){let Q=(H+J)/f;if(!(Q<0||Q>=c.outHeight||Math.floor(Q)!==Q))for(let rt=0;rt<I;rt+=y){let tt=(V+rt)/h;if(tt<0||tt>=c.outWidth||Math.floor(tt)!==tt)continue;let st=N*w*I-1-m.get(z,X,Q,tt,W),pt=Y*w*I+J*I+rt,gt=st===pt?1:0;if(gt===0)continue;let ft=F.get(z,X,Q,tt,W);K+=ft*gt}}}D.set(K,z,M,G,P,W)}return e.makeTensorInfo(D.shape,D.dtype,D.values)}var iT={kernelName:si,backendName:"cpu",kernelFunc:Oz};function Fz(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,input:o,output:i}=t,a=o;U([o,i],"maxPoolGrad");let{filterSize:l,strides:u,pad:c,dimRoundingMode:p}=s,m=S.computePool2DInfo(a.shape,l,u,1,c,p),d=e.data.get(a.dataId).values,f=Tt(m.outShape,a.dtype,Pd(d,a.shape,a.dtype,m).values),h=m.strideHeight,g=m.strideWidth,x=m.dilationHeight,y=m.dilationWidth,N=m.effectiveFilterHeight,w=m.effectiveFilterWidth,I=w-1-m.padInfo.left,T=N-1-m.padInfo.top,A=Tt(a.shape,"float32"),E=e.data.get(n.dataId).values,D=Tt(n.shape,"float32",E);for(let F=0;F<m.batchSize;++F)for(let z=0;z<m.inChannels;++z)for(let W=0;W<m.inHeight;++W)for(let M=0;M<m.inWidth;++M){let G=W-T,P=M-I,B=0;for(let H=0;H<N;H+=x){let V=(G+H)/h;if(!(V<0||V>=m.outHeight||Math.floor(V)!==V))for(let K=0;K<w;K+=y){let Y=(P+K)/g;if(Y<0||Y>=m.outWidth||Math.floor(Y)!==Y)continue;let X=N*w-1-f.get(F,V,Y,z),J=H*w+K,Q=X===J?1:0;if(Q===0)continue;let rt=D.get(F,V,Y,z);B+=rt*Q}}A.set(B,F,W,M,z)}return e.makeTensorInfo(A.shape,A.dtype,A.values)}var aT={kernelName:ei,backendName:"cpu",kernelFunc:Fz};function lT(r,t,e,s,n){let o=C.computeStrides(t),i=Il(r,t,e,o,n,"max"),a=Pd(r,t,e,n,!0,s);return[i.values,a.values]}var uT={kernelName:sp,backendName:"cpu",kernelFunc:({inputs:r,attrs:t,backend:e})=>{let{x:s}=r,{filterSize:n,strides:o,pad:i,includeBatchInIndex:a}=t,l=e;U(s,"MaxPoolWithArgmax");let u=l.data.get(s.dataId).values,c=S.computePool2DInfo(s.shape,n,o,[1,1],i),[p,m]=lT(u,s.shape,s.dtype,a,c),d=l.write(p,c.outShape,s.dtype),f=l.write(m,c.outShape,s.dtype);return[{dataId:d,shape:c.outShape,dtype:s.dtype},{dataId:f,shape:c.outShape,dtype:"int32"}]}};function _z(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,keepDims:i}=s,a=C.parseAxisParam(o,n.shape),u=S.computeOutAndReduceShapes(n.shape,a)[1],c=C.sizeFromShape(u),p=[],m=e.makeTensorInfo([],"float32",new Float32Array([c]));p.push(m);let d=Pi({inputs:{x:n},backend:e,attrs:{dtype:"float32"}});p.push(d);let f=lc({inputs:{a:d,b:m},backend:e});p.push(f);let h=Fs({inputs:{x:f},backend:e,attrs:{axis:o,keepDims:i}});return p.forEach(g=>e.disposeIntermediateTensorInfo(g)),h}var cT={kernelName:ni,backendName:"cpu",kernelFunc:_z};function Lz(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,keepDims:i}=s;U(n,"min");let a=C.parseAxisParam(o,n.shape),l=a,u=S.getAxesPermutation(l,n.shape.length),c=n;u!=null&&(c=ne({inputs:{x:n},backend:e,attrs:{perm:u}}),l=S.getInnerMostAxes(l.length,n.shape.length)),S.assertAxesAreInnerMostDims("min",l,c.shape.length);let[p,m]=S.computeOutAndReduceShapes(c.shape,l),d=C.sizeFromShape(m),f=C.makeZerosTypedArray(C.sizeFromShape(p),c.dtype),h=e.data.get(c.dataId).values;for(let x=0;x<f.length;++x){let y=x*d,N=h[y];for(let w=0;w<d;++w){let I=h[y+w];(Number.isNaN(I)||I<N)&&(N=I)}f[x]=N}u!=null&&e.disposeIntermediateTensorInfo(c);let g=e.makeTensorInfo(p,c.dtype,f);if(i){let x=S.expandShapeToKeepDim(p,a),y=wt({inputs:{x:g},backend:e,attrs:{shape:x}});return e.disposeIntermediateTensorInfo(g),y}return g}var pT={kernelName:"Min",backendName:"cpu",kernelFunc:Lz};function zz(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{paddings:o,mode:i}=s;U(n,"mirrorPad");let a=o.map((N,w)=>N[0]+n.shape[w]+N[1]),l=o.map(N=>N[0]),u=o.map((N,w)=>N[0]+n.shape[w]),c=i==="reflect"?0:1,p=e.data.get(n.dataId).values,m=n.shape.length,d=C.computeStrides(n.shape),f=C.sizeFromShape(a),h=a.length,g=C.computeStrides(a),x=C.getTypedArrayFromDType(n.dtype,f);for(let N=0;N<f;N++){let w=C.indexToLoc(N,h,g);for(let T=0;T<h;T++)w[T]<l[T]?w[T]=l[T]*2-w[T]-c:w[T]>=u[T]&&(w[T]=(u[T]-1)*2-w[T]+c);w=w.map((T,A)=>T-l[A]);let I=C.locToIndex(w,m,d);x[N]=p[I]}return{dataId:e.write(x,a,n.dtype),shape:a,dtype:n.dtype}}var mT={kernelName:oi,backendName:"cpu",kernelFunc:zz};var Pz=or(((r,t)=>{let e=r%t;return r<0&&t<0||r>=0&&t>=0?e:(e+t)%t})),Vz=Er("Mod",Pz),dT={kernelName:"Mod",backendName:"cpu",kernelFunc:Vz};var hT=Bh(Lg());function Dy(r){let{inputs:t,backend:e,attrs:s}=r,{logits:n}=t,{dim:o}=s,i=n.shape.length,a=o;if(a===-1&&(a=i-1),a!==i-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${i} and dim was ${a}`);let l=C.parseAxisParam([a],n.shape),u=$y({inputs:{x:n},backend:e,attrs:{reductionIndices:l,keepDims:!1}}),c=S.expandShapeToKeepDim(u.shape,l),p=wt({inputs:{x:u},backend:e,attrs:{shape:c}}),m=Zp({inputs:{a:n,b:p},backend:e}),d=_C({inputs:{x:m},backend:e}),f=Fs({inputs:{x:d},backend:e,attrs:{axis:l,keepDims:!1}}),h=wt({inputs:{x:f},backend:e,attrs:{shape:c}}),g=lc({inputs:{a:d,b:h},backend:e});return e.disposeIntermediateTensorInfo(u),e.disposeIntermediateTensorInfo(p),e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(f),e.disposeIntermediateTensorInfo(h),g}var fT={kernelName:Si,backendName:"cpu",kernelFunc:Dy};function Bz(r){let{inputs:t,backend:e,attrs:s}=r,{logits:n}=t,{numSamples:o,seed:i,normalized:a}=s;U(n,"multinomial");let l=a?n:Dy({inputs:{logits:n},backend:e,attrs:{dim:-1}}),u=l.shape[0],c=l.shape[1],p=e.data.get(l.dataId).values,m=[u,o],d=C.makeZerosTypedArray(C.sizeFromShape(m),"int32");for(let f=0;f<u;++f){let h=f*c,g=new Float32Array(c-1);g[0]=p[h];for(let N=1;N<g.length;++N)g[N]=g[N-1]+p[h+N];let x=hT.alea(i.toString()),y=f*o;for(let N=0;N<o;++N){let w=x();d[y+N]=g.length;for(let I=0;I<g.length;I++)if(w<g[I]){d[y+N]=I;break}}}return a||e.disposeIntermediateTensorInfo(l),e.makeTensorInfo(m,"int32",d)}var gT={kernelName:op,backendName:"cpu",kernelFunc:Bz};var Mz=Le.nonMaxSuppressionV3Impl;function Gz(r){let{inputs:t,backend:e,attrs:s}=r,{boxes:n,scores:o}=t,{maxOutputSize:i,iouThreshold:a,scoreThreshold:l}=s;U(n,"NonMaxSuppression");let u=e.data.get(n.dataId).values,c=e.data.get(o.dataId).values,{selectedIndices:p}=Mz(u,c,i,a,l);return e.makeTensorInfo([p.length],"int32",new Int32Array(p))}var xT={kernelName:ap,backendName:"cpu",kernelFunc:Gz};var Wz=Le.nonMaxSuppressionV4Impl;function Uz(r){let{inputs:t,backend:e,attrs:s}=r,{boxes:n,scores:o}=t,{maxOutputSize:i,iouThreshold:a,scoreThreshold:l,padToMaxOutputSize:u}=s;U(n,"NonMaxSuppressionPadded");let c=e.data.get(n.dataId).values,p=e.data.get(o.dataId).values,{selectedIndices:m,validOutputs:d}=Wz(c,p,i,a,l,u);return[e.makeTensorInfo([m.length],"int32",new Int32Array(m)),e.makeTensorInfo([],"int32",new Int32Array([d]))]}var yT={kernelName:lp,backendName:"cpu",kernelFunc:Uz};var Hz=Le.nonMaxSuppressionV5Impl;function Kz(r){let{inputs:t,backend:e,attrs:s}=r,{boxes:n,scores:o}=t,{maxOutputSize:i,iouThreshold:a,scoreThreshold:l,softNmsSigma:u}=s;U(n,"NonMaxSuppressionWithScore");let c=e.data.get(n.dataId).values,p=e.data.get(o.dataId).values,m=i,d=a,f=l,h=u,{selectedIndices:g,selectedScores:x}=Hz(c,p,m,d,f,h);return[e.makeTensorInfo([g.length],"int32",new Int32Array(g)),e.makeTensorInfo([x.length],"float32",new Float32Array(x))]}var bT={kernelName:up,backendName:"cpu",kernelFunc:Kz};function qz(r){let{inputs:t,backend:e,attrs:s}=r,{indices:n}=t,{dtype:o,depth:i,onValue:a,offValue:l}=s;U(n,"oneHot");let u=C.sizeFromShape(n.shape),c=new Float32Array(u*i);c.fill(l);let p=e.data.get(n.dataId).values;for(let m=0;m<u;++m)p[m]>=0&&p[m]<i&&(c[m*i+p[m]]=a);return e.makeTensorInfo([...n.shape,i],o,c)}var CT={kernelName:li,backendName:"cpu",kernelFunc:qz};function pc(r){let{inputs:t,backend:e}=r,{x:s}=t;if(s.dtype==="string")throw new Error("zerosLike is not supported for string tensors");if(s.dtype==="complex64"){let n=ws({inputs:{input:s},backend:e}),o=pc({inputs:{x:n},backend:e}),i=ps({inputs:{input:s},backend:e}),a=pc({inputs:{x:i},backend:e}),l=ir({inputs:{real:o,imag:a},backend:e});return e.disposeIntermediateTensorInfo(n),e.disposeIntermediateTensorInfo(o),e.disposeIntermediateTensorInfo(i),e.disposeIntermediateTensorInfo(a),l}else return cc({backend:e,attrs:{shape:s.shape,value:0,dtype:s.dtype}})}var wT={kernelName:Ei,backendName:"cpu",kernelFunc:pc};function NT(r){let{inputs:t,backend:e}=r,{x:s}=t;if(s.dtype==="string")throw new Error("onesLike is not supported for string tensors");if(s.dtype==="complex64"){let n=ws({inputs:{input:s},backend:e}),o=NT({inputs:{x:n},backend:e}),i=ps({inputs:{input:s},backend:e}),a=pc({inputs:{x:i},backend:e}),l=ir({inputs:{real:o,imag:a},backend:e});return e.disposeIntermediateTensorInfo(n),e.disposeIntermediateTensorInfo(o),e.disposeIntermediateTensorInfo(i),e.disposeIntermediateTensorInfo(a),l}else return cc({backend:e,attrs:{shape:s.shape,value:1,dtype:s.dtype}})}var ST={kernelName:ai,backendName:"cpu",kernelFunc:NT};function Oy(r){let{inputs:t,backend:e,attrs:s}=r,{axis:n}=s;if(t.length===1)return vl({inputs:{input:t[0]},backend:e,attrs:{dim:n}});let o=t[0].shape,i=t[0].dtype;t.forEach(c=>{C.assertShapesMatch(o,c.shape,"All tensors passed to stack must have matching shapes"),C.assert(i===c.dtype,()=>"All tensors passed to stack must have matching dtypes")});let a=[],l=t.map(c=>{let p=vl({inputs:{input:c},backend:e,attrs:{dim:n}});return a.push(p),p}),u=on({inputs:l,backend:e,attrs:{axis:n}});return a.forEach(c=>e.disposeIntermediateTensorInfo(c)),u}var IT={kernelName:ui,backendName:"cpu",kernelFunc:Oy};function jz(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{paddings:o,constantValue:i}=s;U(n,"pad");let a=o.map((y,N)=>y[0]+n.shape[N]+y[1]),l=o.map(y=>y[0]),u=e.data.get(n.dataId).values,c=C.sizeFromShape(n.shape),p=n.shape.length,m=C.computeStrides(n.shape),d=C.sizeFromShape(a),f=a.length,h=C.computeStrides(a),g=C.getTypedArrayFromDType(n.dtype,d);i!==0&&g.fill(i);for(let y=0;y<c;y++){let w=C.indexToLoc(y,p,m).map((T,A)=>T+l[A]),I=C.locToIndex(w,f,h);g[I]=u[y]}return{dataId:e.write(g,a,n.dtype),shape:a,dtype:n.dtype}}var Md={kernelName:ci,backendName:"cpu",kernelFunc:jz};var Xz=or((r,t)=>Math.pow(r,t)),Yz=Er("Pow",Xz),vT={kernelName:"Pow",backendName:"cpu",kernelFunc:Yz};function Qz(r){let{inputs:t,backend:e,attrs:s}=r,{paramsNestedSplits:n,paramsDenseValues:o,indices:i}=t,{outputRaggedRank:a}=s,l=n.map(x=>e.data.get(x.dataId).values),u=n.map(x=>x.shape),c=e.data.get(o.dataId).values,p=e.data.get(i.dataId).values,[m,d,f]=sw(l,u,c,o.shape,o.dtype,p,i.shape,a),h=m.map(x=>e.makeTensorInfo([x.length],"int32",x)),g=e.makeTensorInfo(f,o.dtype,d);return h.concat([g])}var TT={kernelName:pp,backendName:"cpu",kernelFunc:Qz};function Zz(r){let{inputs:t,backend:e}=r,{starts:s,limits:n,deltas:o}=t,i=e.data.get(s.dataId).values,a=e.data.get(n.dataId).values,l=e.data.get(o.dataId).values,[u,c]=nw(i,s.shape,s.dtype,a,n.shape,l,o.shape),p=e.makeTensorInfo([u.length],"int32",u),m=e.makeTensorInfo([c.length],s.dtype,c);return[p,m]}var kT={kernelName:mp,backendName:"cpu",kernelFunc:Zz};function Jz(r){let{inputs:t,backend:e,attrs:s}=r,{shape:n,values:o,defaultValue:i,rowPartitionTensors:a}=t,{rowPartitionTypes:l}=s,u=e.data.get(n.dataId).values,c=e.data.get(o.dataId).values,p=e.data.get(i.dataId).values,m=a.map(g=>e.data.get(g.dataId).values),d=a.map(g=>g.shape),[f,h]=ow(u,n.shape,c,o.shape,o.dtype,p,i.shape,m,d,l);return e.makeTensorInfo(f,o.dtype,h)}var AT={kernelName:dp,backendName:"cpu",kernelFunc:Jz};function tP(r){let{backend:t,attrs:e}=r,{start:s,stop:n,dtype:o,step:i}=e,a=iw(s,n,i,o);return t.makeTensorInfo([a.length],o,a)}var ET={kernelName:fp,backendName:"cpu",kernelFunc:tP};var eP=mt(An,r=>1/r),RT={kernelName:An,backendName:"cpu",kernelFunc:eP};function rP(r){let{inputs:t,backend:e,attrs:s}=r,{images:n}=t,{alignCorners:o,halfPixelCenters:i,size:a}=s;U(n,"resizeBilinear");let l=C.computeStrides(n.shape),[u,c]=a,[p,m,d,f]=n.shape,h=e.data.get(n.dataId).values,g=new Float32Array(C.sizeFromShape([p,u,c,f])),x=[o&&u>1?m-1:m,o&&c>1?d-1:d],y=[o&&u>1?u-1:u,o&&c>1?c-1:c],N=0,w=x[0]/y[0],I=x[1]/y[1];for(let T=0;T<p;T++)for(let A=0;A<u;A++){let E;i?E=w*(A+.5)-.5:E=w*A;let D=Math.max(0,Math.floor(E)),F=E-D,z=Math.min(m-1,Math.ceil(E)),W=T*l[0]+D*l[1],M=T*l[0]+z*l[1];for(let G=0;G<c;G++){let P;i?P=I*(G+.5)-.5:P=I*G;let B=Math.max(0,Math.floor(P)),H=P-B,V=Math.min(d-1,Math.ceil(P)),K=W+B*l[2],Y=M+B*l[2],X=W+V*l[2],J=M+V*l[2];for(let Q=0;Q<f;Q++){let rt=h[K+Q],tt=h[Y+Q],st=h[X+Q],pt=h[J+Q],gt=rt+(st-rt)*H,ft=tt+(pt-tt)*H,Nt=gt+(ft-gt)*F;g[N++]=Nt}}}return e.makeTensorInfo([p,u,c,f],"float32",g)}var $T={kernelName:gi,backendName:"cpu",kernelFunc:rP};function sP(r){let{inputs:t,backend:e,attrs:s}=r,{images:n,dy:o}=t,{alignCorners:i}=s;U([o,n],"resizeBilinearGrad");let a=C.computeStrides(n.shape),[l,u,c,p]=n.shape,[,m,d]=o.shape,f=new Float32Array(l*u*c*p),h=[i&&m>1?u-1:u,i&&d>1?c-1:c],g=[i&&m>1?m-1:m,i&&d>1?d-1:d],x=h[0]/g[0],y=h[1]/g[1],N=e.data.get(o.dataId).values,w=0;for(let I=0;I<l;I++){let T=I*a[0];for(let A=0;A<m;A++){let E=A*x,D=Math.floor(E),F=Math.min(Math.ceil(E),u-1),z=T+D*a[1],W=T+F*a[1],M=E-D,G=1-M;for(let P=0;P<d;P++){let B=P*y,H=Math.floor(B),V=Math.min(Math.ceil(B),c-1),K=B-H,Y=1-K,X=z+H*a[2],J=z+V*a[2],Q=W+H*a[2],rt=W+V*a[2],tt=G*Y,st=G*K,pt=M*Y,gt=M*K;for(let ft=0;ft<p;ft++){let Nt=N[w++];f[X+ft]+=Nt*tt,f[J+ft]+=Nt*st,f[Q+ft]+=Nt*pt,f[rt+ft]+=Nt*gt}}}}return e.makeTensorInfo([l,c,u,p],"float32",f)}var DT={kernelName:xi,backendName:"cpu",kernelFunc:sP};function nP(r){let{inputs:t,backend:e,attrs:s}=r,{images:n}=t,{alignCorners:o,halfPixelCenters:i,size:a}=s;U(n,"resizeNearestNeighbor");let l=C.computeStrides(n.shape),[u,c]=a,[p,m,d,f]=n.shape,h=e.data.get(n.dataId).values,g=new Float32Array(p*u*c*f),x=[o&&u>1?m-1:m,o&&c>1?d-1:d],y=[o&&u>1?u-1:u,o&&c>1?c-1:c],N=x[0]/y[0],w=x[1]/y[1],I=0;for(let T=0;T<p;T++){let A=T*l[0];for(let E=0;E<u;E++){let D=i?N*(E+.5):N*E,F=Math.min(m-1,o?Math.round(D):Math.floor(D));i&&(F=Math.max(0,F));let z=A+F*l[1];for(let W=0;W<c;W++){let M=i?w*(W+.5):w*W,G=Math.min(d-1,o?Math.round(M):Math.floor(M));i&&(G=Math.max(0,G));let P=z+G*l[2];for(let B=0;B<f;B++){let H=h[P+B];g[I++]=H}}}}return e.makeTensorInfo([p,u,c,f],n.dtype,g)}var OT={kernelName:fi,backendName:"cpu",kernelFunc:nP};function oP(r){let{inputs:t,backend:e,attrs:s}=r,{images:n,dy:o}=t,{alignCorners:i}=s;U([o,n],"resizeNearestNeighborGrad");let a=C.computeStrides(n.shape),l=C.computeStrides(o.shape),[u,c,p,m]=n.shape,[,d,f]=o.shape,h=new Float32Array(u*c*p*m),g=e.data.get(o.dataId).values,x=[i&&d>1?c-1:c,i&&f>1?p-1:p],y=[i&&d>1?d-1:d,i&&f>1?f-1:f],N=x[0]/y[0],w=x[1]/y[1],I=1/N,T=1/w,A=Math.ceil(I)*2+2,E=Math.ceil(T)*2+2;for(let D=0;D<u;D++){let F=D*a[0];for(let z=0;z<c;z++){let W=F+z*a[1],M=Math.floor(z*I),G=Math.floor(M-A/2);for(let P=0;P<p;P++){let B=W+P*a[2],H=Math.floor(P*T),V=Math.floor(H-E/2);for(let K=0;K<m;K++){let Y=0;for(let X=0;X<A;X++){let J=X+G;if(J<0||J>=d)continue;let Q=F+J*l[1],rt=J*N,tt=Math.min(c-1,i?Math.round(rt):Math.floor(rt));if(z===tt)for(let st=0;st<E;st++){let pt=st+V;if(pt<0||pt>=f)continue;let gt=Q+pt*l[2],ft=pt*w,Nt=Math.min(p-1,i?Math.round(ft):Math.floor(ft));P===Nt&&(Y+=g[gt+K])}}h[B+K]=Y}}}}return e.makeTensorInfo(n.shape,n.dtype,h)}var FT={kernelName:hi,backendName:"cpu",kernelFunc:oP};function iP(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{dims:o}=s;U(n,"reverse");let i=n.shape.length,a=C.parseAxisParam(o,n.shape);if(i===0)return ar({inputs:{x:n},backend:e});let l=new se(n.shape,n.dtype),u=e.bufferSync(n);for(let c=0;c<l.size;c++){let p=l.indexToLoc(c),m=p.slice();a.forEach(d=>m[d]=n.shape[d]-1-m[d]),l.set(u.get(...m),...p)}return e.makeTensorInfo(l.shape,l.dtype,l.values)}var _T={kernelName:yi,backendName:"cpu",kernelFunc:iP};var LT={kernelName:Lp,backendName:"cpu",kernelFunc:({inputs:r,attrs:t,backend:e})=>{let{image:s}=r,{radians:n,fillValue:o,center:i}=t,a=e,l=C.getTypedArrayFromDType(s.dtype,C.sizeFromShape(s.shape)),[u,c,p,m]=s.shape,[d,f]=S.getImageCenter(i,c,p),h=255,g=Math.sin(n),x=Math.cos(n),y=a.data.get(s.dataId).values;for(let w=0;w<u;w++){let I=w*p*c*m;for(let T=0;T<c;T++){let A=T*(p*m);for(let E=0;E<p;E++){let D=E*m;for(let F=0;F<m;F++){let z=[u,T,E,F],W=z[2],M=z[1],G=(W-d)*x-(M-f)*g,P=(W-d)*g+(M-f)*x;G=Math.round(G+d),P=Math.round(P+f);let B=o;if(typeof o!="number"&&(F===3?B=h:B=o[F]),G>=0&&G<p&&P>=0&&P<c){let V=P*(p*m),K=G*m,Y=I+V+K+F;B=y[Y]}let H=I+A+D+F;l[H]=B}}}}return{dataId:a.write(l,s.shape,s.dtype),shape:s.shape,dtype:s.dtype}}};var aP=mt($n,r=>{let t=Math.floor(r);return r-t<.5?Math.floor(r):r-t>.5?Math.ceil(r):t%2===0?t:t+1}),zT={kernelName:$n,backendName:"cpu",kernelFunc:aP};function lP(r){let{inputs:t,backend:e,attrs:s}=r,{indices:n,updates:o}=t,{shape:i}=s,{sliceRank:a,numUpdates:l,sliceSize:u,strides:c,outputSize:p}=S.calculateShapes(o,n,i),m=!0,d=e.bufferSync(n),f=e.bufferSync(o),h=Ss(d,f,i,p,u,l,a,c,0,m);return e.makeTensorInfo(i,h.dtype,h.values)}var PT={kernelName:gp,backendName:"cpu",kernelFunc:lP};function uP(r,t){let e=0,s=r.length,n=0;for(;e<s;)n=Math.floor((e+s)/2),r[n]<t?e=n+1:s=n;return s}function cP(r,t){let e=0,s=r.length,n=0;for(;e<s;)n=Math.floor((e+s)/2),r[n]<=t?e=n+1:s=n;return s}function VT(r,t,e,s,n,o){let i=C.getArrayFromDType("int32",e*n);for(let a=0;a<e;++a){let l=r.slice(a*s,(a+1)*s),u=a*n;for(let c=0;c<n;++c)i[u+c]=o==="left"?uP(l,t[c+u]):cP(l,t[c+u])}return i}function pP(r){let{inputs:t,backend:e,attrs:s}=r,{sortedSequence:n,values:o}=t,{side:i}=s,a=e.data.get(n.dataId).values,l=e.data.get(o.dataId).values,u=VT(a,l,n.shape[0],n.shape[1],o.shape[1],i);return e.makeTensorInfo(o.shape,"int32",u)}var BT={kernelName:yp,backendName:"cpu",kernelFunc:pP};function mP(r){let{inputs:t,backend:e}=r,{condition:s,t:n,e:o}=t;U([s,n,o],"select");let i=s.shape.length,a=e.data.get(s.dataId).values,l=e.data.get(n.dataId).values,u=e.data.get(o.dataId).values,c=He(n.dtype,o.dtype),p=C.makeZerosTypedArray(C.sizeFromShape(n.shape),c),m=0,d=i===0||i>1||n.shape.length===1?1:C.sizeFromShape(n.shape.slice(1));for(let f=0;f<a.length;f++)for(let h=0;h<d;h++)a[f]===1?p[m++]=l[f]:p[m++]=u[f];return e.makeTensorInfo(n.shape,c,p)}var MT={kernelName:bi,backendName:"cpu",kernelFunc:mP};var dP=S.SELU_SCALEALPHA,fP=S.SELU_SCALE,hP=mt(Dn,r=>r>=0?fP*r:dP*(Math.exp(r)-1)),GT={kernelName:Dn,backendName:"cpu",kernelFunc:hP};var gP=mt(Fn,r=>r<0?-1:r>0?1:0),WT={kernelName:Fn,backendName:"cpu",kernelFunc:gP};var xP=mt("Sin",r=>Math.sin(r)),UT={kernelName:"Sin",backendName:"cpu",kernelFunc:xP};var yP=mt(On,r=>Math.sinh(r)),HT={kernelName:On,backendName:"cpu",kernelFunc:yP};var bP=11920928955078125e-23,KT=Math.log(bP)+2,CP=mt(_n,r=>{let t=r>-KT,e=r<KT,s=Math.exp(r),n;return e?n=s:t?n=r:n=Math.log(1+s),n}),qT={kernelName:_n,backendName:"cpu",kernelFunc:CP};function wP(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{blockShape:o,paddings:i}=s;U([n],"spaceToBatchND");let a=C.sizeFromShape(o),l=[[0,0]];l.push(...i);for(let T=1+o.length;T<n.shape.length;++T)l.push([0,0]);let u=Md.kernelFunc({inputs:{x:n},backend:e,attrs:{paddings:l,constantValue:0}}),c=S.getReshaped(u.shape,o,a,!1),p=S.getPermuted(c.length,o.length,!1),m=S.getReshapedPermuted(u.shape,o,a,!1),h=wt({inputs:{x:u},backend:e,attrs:{shape:c}}),y=ne({inputs:{x:h},backend:e,attrs:{perm:p}}),I=wt({inputs:{x:y},backend:e,attrs:{shape:m}});return e.disposeIntermediateTensorInfo(u),e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(y),I}var jT={kernelName:wi,backendName:"cpu",kernelFunc:wP};function NP(r){let{inputs:t,backend:e}=r,{indices:s,values:n,denseShape:o,defaultValue:i}=t;if(o.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
        ${o.shape}`);if(s.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
        ${s.shape}`);if(n.shape.length!==1)throw new Error(`Values must be a vector, saw:
        ${n.shape}`);if(i.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${i.shape}`);let a=e.data.get(s.dataId).values,l=e.data.get(n.dataId).values,u=e.data.get(o.dataId).values,c=e.data.get(i.dataId).values[0],[p,m,d,f,h]=pw(a,s.shape,s.dtype,l,n.dtype,u,c);return[e.makeTensorInfo(m,s.dtype,p),e.makeTensorInfo([m[0]],n.dtype,d),e.makeTensorInfo([f.length],"bool",new Uint8Array(f.map(g=>Number(g)))),e.makeTensorInfo([h.length],s.dtype,new Int32Array(h))]}var XT={kernelName:Np,backendName:"cpu",kernelFunc:NP};function SP(r){let{inputs:t,backend:e}=r,{inputIndices:s,inputShape:n,newShape:o}=t;if(s.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape
        ${s.shape}`);if(n.shape.length!==1)throw new Error(`Input shape should be a vector but received shape
        ${n.shape}`);if(o.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${o.shape}`);let i=Array.from(e.data.get(n.dataId).values),a=e.data.get(s.dataId).values,l=Array.from(e.data.get(o.dataId).values),[u,c,p]=mw(a,s.shape,s.dtype,i,l);return[e.makeTensorInfo(c,s.dtype,u),e.makeTensorInfo([p.length],o.dtype,new Int32Array(p))]}var YT={kernelName:Sp,backendName:"cpu",kernelFunc:SP};function IP(r){let{inputs:t,backend:e}=r,{data:s,indices:n,segmentIds:o}=t;if(s.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(n.shape.length!==1)throw new Error(`Indices should be a vector but received shape
          ${n.shape}`);if(o.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
          ${o.shape}`);if(n.shape[0]!==o.shape[0])throw new Error("segmentIds and indices should have same size.");let i=e.data.get(s.dataId).values,a=e.data.get(n.dataId).values,l=e.data.get(o.dataId).values,[u,c]=Qp(i,s.shape,s.dtype,a,l,!0);return e.makeTensorInfo(c,s.dtype,u)}var QT={kernelName:Ip,backendName:"cpu",kernelFunc:IP};function vP(r){let{inputs:t,backend:e}=r,{data:s,indices:n,segmentIds:o}=t;if(s.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(n.shape.length!==1)throw new Error(`Indices should be a vector but received shape
         ${n.shape}`);if(o.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
         ${o.shape}`);if(n.shape[0]!==o.shape[0])throw new Error("segmentIds and indices should have same size.");let i=e.data.get(s.dataId).values,a=e.data.get(n.dataId).values,l=e.data.get(o.dataId).values,[u,c]=Qp(i,s.shape,s.dtype,a,l);return e.makeTensorInfo(c,s.dtype,u)}var ZT={kernelName:vp,backendName:"cpu",kernelFunc:vP};function TP(r){let{inputs:t,backend:e,attrs:s}=r,{sparseIndices:n,sparseValues:o,defaultValue:i}=t,{outputShape:a}=s,{sliceRank:l,numUpdates:u,sliceSize:c,strides:p,outputSize:m}=S.calculateShapes(o,n,a),d=!1,f=e.bufferSync(n),h;switch(o.dtype){case"bool":{let g=e.bufferSync(o),x=!!e.data.get(i.dataId).values[0];h=Ss(f,g,a,m,c,u,l,p,x,d);break}case"float32":{let g=e.bufferSync(o),x=e.data.get(i.dataId).values[0];h=Ss(f,g,a,m,c,u,l,p,x,d);break}case"int32":{let g=e.bufferSync(o),x=e.data.get(i.dataId).values[0];h=Ss(f,g,a,m,c,u,l,p,x,d);break}case"string":{let g=e.bufferSync(o),x=C.decodeString(e.data.get(i.dataId).values[0]);h=Ss(f,g,a,m,c,u,l,p,x,d);break}default:throw new Error(`Unsupported type ${o.dtype}`)}return e.makeTensorInfo(a,h.dtype,h.values)}var JT={kernelName:Tp,backendName:"cpu",kernelFunc:TP};function kP(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{numOrSizeSplits:o,axis:i}=s,a=C.parseAxisParam(i,n.shape)[0],l=S.prepareSplitSize(n,o,a),u=new Array(n.shape.length).fill(0),c=n.shape.slice();return l.map(p=>{let m=[...c];m[a]=p;let d=Mr({inputs:{x:n},backend:e,attrs:{begin:u,size:m}});return u[a]+=p,d})}var tk={kernelName:Ni,backendName:"cpu",kernelFunc:kP};var ek={kernelName:Ii,backendName:"cpu",kernelFunc:({inputs:r,backend:t})=>{let{x:e}=r,s=t;U(e,"square");let n=s.data.get(e.dataId).values,o=new Float32Array(n.length);for(let a=0;a<n.length;++a){let l=n[a];o[a]=l*l}return{dataId:s.write(o,e.shape,e.dtype),shape:e.shape,dtype:e.dtype}}};var AP=mt(zn,(r,t)=>{let e=t;return isNaN(r)?NaN:r>0?1:e.alpha}),rk={kernelName:zn,backendName:"cpu",kernelFunc:AP};function EP(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{begin:o,end:i,strides:a,beginMask:l,endMask:u,ellipsisMask:c,newAxisMask:p,shrinkAxisMask:m}=s;U(n,"stridedSlice");let{finalShapeSparse:d,finalShape:f,isIdentity:h,sliceDim0:g,isSimpleSlice:x,begin:y,end:N,strides:w}=Br.sliceInfo(n.shape,o,i,a,l,u,c,p,m),I;if(h)I=wt({inputs:{x:n},backend:e,attrs:{shape:f}});else if(g||x){C.assert(n.shape.length>=1,()=>`Input must have rank at least 1, got: ${n.shape.length}`);let T=Br.computeOutShape(y,N,w),A=Mr({inputs:{x:n},backend:e,attrs:{begin:y,size:T}});I=wt({inputs:{x:A},backend:e,attrs:{shape:f}}),e.disposeIntermediateTensorInfo(A)}else{let T=e.bufferSync(n),A=gw(d,T,w,y);I=e.makeTensorInfo(f,A.dtype,A.values)}return I}var sk={kernelName:Ap,backendName:"cpu",kernelFunc:EP};function RP(r){let{inputs:t,backend:e,attrs:s}=r,{separator:n,nGramWidths:o,leftPad:i,rightPad:a,padWidth:l,preserveShortSequences:u}=s,{data:c,dataSplits:p}=t,m=e.data.get(c.dataId).values,d=e.data.get(p.dataId).values,[f,h]=xw(m,d,n,o,i,a,l,u);return[e.makeTensorInfo([f.length],"string",f),e.makeTensorInfo(p.shape,"int32",h)]}var nk={kernelName:Ep,backendName:"cpu",kernelFunc:RP};function $P(r){let{inputs:t,backend:e,attrs:s}=r,{skipEmpty:n}=s,{input:o,delimiter:i}=t;if(o.dtype!=="string")throw new Error("Input must be of datatype string");if(o.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${o.shape}`);if(i.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${i.shape}`);let a=e.data.get(o.dataId).values,l=e.data.get(i.dataId).values[0],[u,c,p]=yw(a,l,n),m=c.length;return[e.makeTensorInfo([m,2],"int32",u),e.makeTensorInfo([m],"string",c),e.makeTensorInfo([2],"int32",new Int32Array(p))]}var ok={kernelName:Rp,backendName:"cpu",kernelFunc:$P};function DP(r){let{inputs:t,backend:e,attrs:s}=r,{numBuckets:n}=s,{input:o}=t;if(o.dtype!=="string")throw new Error("Input must be of datatype string");if(n<=0)throw new Error("Number of buckets must be at least 1");let i=e.data.get(o.dataId).values,a=bw(i,n);return e.makeTensorInfo(o.shape,"int32",a)}var ik={kernelName:$p,backendName:"cpu",kernelFunc:DP};var OP=mt("Tan",r=>Math.tan(r)),ak={kernelName:"Tan",backendName:"cpu",kernelFunc:OP};var FP=mt(Ln,r=>Math.tanh(r)),lk={kernelName:Ln,backendName:"cpu",kernelFunc:FP};function _P(r){let{inputs:t,backend:e}=r,{tensor:s,indices:n,updates:o}=t,{sliceRank:i,numUpdates:a,sliceSize:l,strides:u,outputSize:c}=S.calculateShapes(o,n,s.shape),p=!1,m=e.bufferSync(n),d=e.bufferSync(o),f=e.bufferSync(s),h=Ss(m,d,s.shape,c,l,a,i,u,f,p);return e.makeTensorInfo(s.shape,h.dtype,h.values)}var uk={kernelName:xp,backendName:"cpu",kernelFunc:_P};function LP(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{reps:o}=s;U(n,"tile");let i=ww(e.bufferSync(n),o);return e.makeTensorInfo(i.shape,i.dtype,i.values)}var ck={kernelName:Ti,backendName:"cpu",kernelFunc:LP};function zP(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{k:o,sorted:i}=s;U(n,"topk");let a=e.data.get(n.dataId).values,[l,u]=Nw(a,n.shape,n.dtype,o,i);return[e.makeTensorInfo(l.shape,l.dtype,l.values),e.makeTensorInfo(u.shape,u.dtype,u.values)]}var pk={kernelName:Dp,backendName:"cpu",kernelFunc:zP};function PP(r){let{inputs:t,attrs:e,backend:s}=r,{image:n,transforms:o}=t,{interpolation:i,fillMode:a,fillValue:l,outputShape:u}=e,[c,p,m,d]=n.shape,[f,h]=u??[p,m],g=[c,f,h,d],x=C.computeStrides(n.shape),y=x[0],N=x[1],w=x[2],I=C.computeStrides(g),T=I[0],A=I[1],E=I[2],D=C.getTypedArrayFromDType(n.dtype,C.sizeFromShape(g));D.fill(l);let F=s.data.get(n.dataId).values,z=s.data.get(o.dataId).values;for(let M=0;M<c;++M){let G=o.shape[0]===1?z:z.subarray(M*8,M*8+8);for(let P=0;P<f;++P)for(let B=0;B<h;++B)for(let H=0;H<d;++H){let V,K=G[6]*B+G[7]*P+1;if(K===0)continue;let Y=(G[0]*B+G[1]*P+G[2])/K,X=(G[3]*B+G[4]*P+G[5])/K,J=mk(Y,m,a),Q=mk(X,p,a);switch(i){case"nearest":V=WP(F,p,m,y,N,w,M,Q,J,H,l);break;case"bilinear":V=UP(F,p,m,y,N,w,M,Q,J,H,l);break;default:throw new Error(`Error in Transform: Expect 'nearest' or 'bilinear', but got ${i}`)}let rt=M*T+P*A+B*E+H;D[rt]=V}return s.makeTensorInfo(g,n.dtype,D)}return{dataId:s.write(D,g,n.dtype),shape:n.shape,dtype:n.dtype}}var dk={kernelName:Op,backendName:"cpu",kernelFunc:PP};function mk(r,t,e){switch(e){case"reflect":return VP(r,t);case"wrap":return BP(r,t);case"nearest":return GP(r,t);default:return MP(r,t)}}function VP(r,t){let e=r;if(e<0)if(t<=1)e=0;else{let s=2*t;e<s&&(e=s*Math.trunc(-e/s)+e),e=e<-t?e+s:-e-1}else if(e>t-1)if(t<=1)e=0;else{let s=2*t;e-=s*Math.trunc(e/s),e>=t&&(e=s-e-1)}return C.clamp(0,e,t-1)}function BP(r,t){let e=r;if(e<0)if(t<=1)e=0;else{let s=t-1;e+=t*(Math.trunc(-e/s)+1)}else if(e>t-1)if(t<=1)e=0;else{let s=t-1;e-=t*Math.trunc(e/s)}return C.clamp(0,e,t-1)}function MP(r,t){return r}function GP(r,t){return C.clamp(0,r,t-1)}function mc(r,t,e,s,n,o,i,a,l,u,c){let p=i*s+a*n+l*o+u;return 0<=a&&a<t&&0<=l&&l<e?r[p]:c}function WP(r,t,e,s,n,o,i,a,l,u,c){let p=Math.round(a),m=Math.round(l);return mc(r,t,e,s,n,o,i,p,m,u,c)}function UP(r,t,e,s,n,o,i,a,l,u,c){let p=Math.floor(a),m=Math.floor(l),d=p+1,f=m+1,h=(f-l)*mc(r,t,e,s,n,o,i,p,m,u,c)+(l-m)*mc(r,t,e,s,n,o,i,p,f,u,c),g=(f-l)*mc(r,t,e,s,n,o,i,d,m,u,c)+(l-m)*mc(r,t,e,s,n,o,i,d,f,u,c);return(d-a)*h+(a-p)*g}function HP(r){let{inputs:t,attrs:e,backend:s}=r,{axis:n}=e,{x:o}=t;U(o,"unique");let i=s.data.get(o.dataId).values,{outputValues:a,outputShape:l,indices:u}=Sw(i,n,o.shape,o.dtype);return[s.makeTensorInfo(l,o.dtype,a),s.makeTensorInfo([u.length],"int32",u)]}var fk={kernelName:_p,backendName:"cpu",kernelFunc:HP};function KP(r){let{inputs:t,backend:e,attrs:s}=r,{value:n}=t,{axis:o}=s;o<0&&(o+=n.shape.length);let i=n.shape.length,a=n.shape[o],l=new Array(i-1),u=0;for(let d=0;d<i;d++)d!==o&&(l[u++]=n.shape[d]);let c=new Array(i).fill(0),p=n.shape.slice();p[o]=1;let m=new Array(a);for(let d=0;d<m.length;d++){c[o]=d;let f=Mr({inputs:{x:n},backend:e,attrs:{begin:c,size:p}});m[d]=wt({inputs:{x:f},backend:e,attrs:{shape:l}}),e.disposeIntermediateTensorInfo(f)}return m}var hk={kernelName:ki,backendName:"cpu",kernelFunc:KP};function qP(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,segmentIds:o}=t,{numSegments:i}=s;U(n,"unsortedSegmentSum");let a=n.shape.length,l=o.shape.length,u=[],c=[],p=a-l,m=o;for(let f=0;f<p;++f){let h=vl({inputs:{input:m},backend:e,attrs:{dim:f+1}});m=h,c.push(h)}for(let f=0;f<i;++f){let h=C.createScalarValue(f,"int32"),g=e.makeTensorInfo([],"int32",h),x=OC({inputs:{a:g,b:m},backend:e}),y=Pi({inputs:{x},backend:e,attrs:{dtype:"float32"}}),N=Vi({inputs:{a:y,b:n},backend:e}),w=Fs({inputs:{x:N},backend:e,attrs:{axis:0,keepDims:!1}});u.push(w),c.push(g),c.push(x),c.push(y),c.push(N),c.push(w)}let d=Oy({inputs:u,backend:e,attrs:{axis:0}});return c.forEach(f=>e.disposeIntermediateTensorInfo(f)),d}var gk={kernelName:Ai,backendName:"cpu",kernelFunc:qP};var jP=[M0,NC,G0,W0,AC,U0,H0,K0,q0,j0,X0,Y0,Q0,Z0,J0,ev,rv,sv,nv,B0,ov,iv,av,RC,lv,kC,$C,uv,SC,cv,mv,dv,fv,hv,gv,xv,yv,bv,Cv,wv,Nv,Sv,Iv,vv,Tv,kv,Av,Ev,Rv,$v,Dv,Ov,_v,F0,Lv,FC,zv,LC,Pv,zC,Vv,Bv,Mv,PC,VC,Gv,Wv,Uv,Hv,GC,WC,vC,Kv,pv,qv,jv,Xv,_0,UC,HC,Yv,qC,Qv,Zv,Jv,tT,eT,rT,sT,XC,nT,oT,iT,aT,uT,cT,pT,YC,mT,dT,gT,QC,ZC,xT,yT,bT,JC,CT,ST,IT,Md,vT,L0,rw,TT,kT,AT,ET,TC,uc,RT,z0,P0,V0,$T,DT,OT,FT,_T,LT,zT,aw,PT,BT,MT,GT,uw,WT,UT,HT,cw,fT,qT,jT,XT,YT,QT,ZT,JT,tk,dw,ek,fw,hw,rk,sk,nk,ok,ik,Cw,Fv,ak,lk,uk,ck,pk,dk,ew,fk,hk,gk,wT];for(let r of jP)Bp(r);var El={};Bt(El,{assertNotComplex:()=>Zr,bindCanvasToFramebuffer:()=>sV,bindColorTextureToFramebuffer:()=>gc,bindTextureToProgramUniformSampler:()=>Xy,bindTextureUnit:()=>Ck,bindVertexBufferToProgramAttribute:()=>qd,callAndCheck:()=>et,canBeRepresented:()=>zy,createFragmentShader:()=>Vy,createFramebuffer:()=>Ky,createProgram:()=>By,createStaticIndexBuffer:()=>Wy,createStaticVertexBuffer:()=>Gy,createTexture:()=>Uy,createVertexShader:()=>Py,getBatchDim:()=>Ls,getExtensionOrThrow:()=>Tl,getFramebufferErrorMessage:()=>wk,getMaxTexturesInShader:()=>Zy,getNumChannels:()=>eV,getProgramUniformLocation:()=>jy,getProgramUniformLocationOrThrow:()=>qy,getRowsCols:()=>zs,getShapeAs3D:()=>Al,getTextureShapeFromLogicalShape:()=>Yy,getWebGLDisjointQueryTimerVersion:()=>Jy,getWebGLErrorMessage:()=>bk,getWebGLMaxTextureSize:()=>Qy,hasExtension:()=>pr,isCapableOfRenderingToFloatTexture:()=>tb,isDownloadFloatTextureEnabled:()=>eb,isReshapeFree:()=>ln,isWebGLFenceEnabled:()=>rb,isWebGLVersionEnabled:()=>Xd,linkProgram:()=>My,logShaderSourceAndInfoLog:()=>Kd,resetMaxTextureSize:()=>nV,resetMaxTexturesInShader:()=>oV,unbindColorTextureFromFramebuffer:()=>jd,unbindTextureUnit:()=>rV,validateFramebuffer:()=>kl,validateProgram:()=>hc,validateTextureSize:()=>Hy});var xo={},Gd={alpha:!1,antialias:!1,premultipliedAlpha:!1,preserveDrawingBuffer:!1,depth:!1,stencil:!1,failIfMajorPerformanceCaveat:!0};function Fy(r,t){xo[r]=t}function cr(r,t){if(!(r in xo)||t!=null){let s=YP(r,t);if(s!==null)xo[r]=s;else return console.log("Could not get context for WebGL version",r),null}let e=xo[r];return e==null||e.isContextLost()?(delete xo[r],cr(r)):(e.disable(e.DEPTH_TEST),e.disable(e.STENCIL_TEST),e.disable(e.BLEND),e.disable(e.DITHER),e.disable(e.POLYGON_OFFSET_FILL),e.disable(e.SAMPLE_COVERAGE),e.enable(e.SCISSOR_TEST),e.enable(e.CULL_FACE),e.cullFace(e.BACK),xo[r])}function XP(r){if(!O().getBool("IS_SAFARI")&&typeof OffscreenCanvas<"u"&&r===2)return new OffscreenCanvas(300,150);if(typeof document<"u")return document.createElement("canvas");throw new Error("Cannot create a canvas in this context")}function YP(r,t){if(r!==1&&r!==2)throw new Error("Cannot get WebGL rendering context, WebGL is disabled.");let e=t??XP(r);return e.addEventListener("webglcontextlost",s=>{s.preventDefault(),delete xo[r]},!1),O().getBool("SOFTWARE_WEBGL_ENABLED")&&(Gd.failIfMajorPerformanceCaveat=!1),r===1?e.getContext("webgl",Gd)||e.getContext("experimental-webgl",Gd):e.getContext("webgl2",Gd)}var an;(function(r){r[r.DENSE=0]="DENSE",r[r.SHARED_BATCH=1]="SHARED_BATCH"})(an||(an={}));var ke;(function(r){r[r.RENDER=0]="RENDER",r[r.UPLOAD=1]="UPLOAD",r[r.PIXELS=2]="PIXELS",r[r.DOWNLOAD=3]="DOWNLOAD"})(ke||(ke={}));var Se;(function(r){r[r.UNPACKED_FLOAT16=0]="UNPACKED_FLOAT16",r[r.UNPACKED_FLOAT32=1]="UNPACKED_FLOAT32",r[r.PACKED_4X1_UNSIGNED_BYTE=2]="PACKED_4X1_UNSIGNED_BYTE",r[r.PACKED_2X2_FLOAT32=3]="PACKED_2X2_FLOAT32",r[r.PACKED_2X2_FLOAT16=4]="PACKED_2X2_FLOAT16"})(Se||(Se={}));function yo(r,t){return[t,r]}function xk(r,t){return r*t}function dc(r){let t=C.sizeFromShape(r),e=Math.ceil(t/4);return C.sizeToSquarishShape(e)}function ms(r,t){return[Math.max(1,Math.ceil(t/2)),Math.max(1,Math.ceil(r/2))]}function yk(r,t){let[e,s]=ms(r,t);return e*s*4}function fc(r,t){let e=r,s,n,o,i,a,l,u,c,p,m;return O().getNumber("WEBGL_VERSION")===2?(s=e.R32F,n=e.R16F,o=e.RGBA16F,i=e.RGBA32F,a=e.RED,u=4,c=1,p=e.HALF_FLOAT,m=e.FLOAT,l=e.RGBA8):(s=r.RGBA,n=r.RGBA,o=r.RGBA,i=e.RGBA,a=r.RGBA,u=4,c=4,p=t!=null?t.HALF_FLOAT_OES:null,m=r.FLOAT,l=r.RGBA),{internalFormatFloat:s,internalFormatHalfFloat:n,internalFormatPackedHalfFloat:o,internalFormatPackedFloat:i,textureFormatFloat:a,downloadTextureFormat:l,downloadUnpackNumChannels:u,defaultNumChannels:c,textureTypeHalfFloat:p,textureTypeFloat:m}}function et(r,t){let e=t();return O().getBool("DEBUG")&&QP(r),e}function QP(r){let t=r.getError();if(t!==r.NO_ERROR)throw new Error("WebGL Error: "+bk(r,t))}var ZP=596e-10,JP=65504;function zy(r){return!!(O().getBool("WEBGL_RENDER_FLOAT32_ENABLED")||r===0||ZP<Math.abs(r)&&Math.abs(r)<JP)}function bk(r,t){switch(t){case r.NO_ERROR:return"NO_ERROR";case r.INVALID_ENUM:return"INVALID_ENUM";case r.INVALID_VALUE:return"INVALID_VALUE";case r.INVALID_OPERATION:return"INVALID_OPERATION";case r.INVALID_FRAMEBUFFER_OPERATION:return"INVALID_FRAMEBUFFER_OPERATION";case r.OUT_OF_MEMORY:return"OUT_OF_MEMORY";case r.CONTEXT_LOST_WEBGL:return"CONTEXT_LOST_WEBGL";default:return`Unknown error code ${t}`}}function Tl(r,t){return _s(r,()=>r.getExtension(t),'Extension "'+t+'" not supported on this browser.')}function Py(r,t){let e=_s(r,()=>r.createShader(r.VERTEX_SHADER),"Unable to create vertex WebGLShader.");if(et(r,()=>r.shaderSource(e,t)),et(r,()=>r.compileShader(e)),r.getShaderParameter(e,r.COMPILE_STATUS)===!1)throw console.log(r.getShaderInfoLog(e)),new Error("Failed to compile vertex shader.");return e}function Vy(r,t){let e=_s(r,()=>r.createShader(r.FRAGMENT_SHADER),"Unable to create fragment WebGLShader.");if(et(r,()=>r.shaderSource(e,t)),et(r,()=>r.compileShader(e)),O().get("ENGINE_COMPILE_ONLY"))return e;if(r.getShaderParameter(e,r.COMPILE_STATUS)===!1)throw Kd(t,r.getShaderInfoLog(e)),new Error("Failed to compile fragment shader.");return e}var tV=/ERROR: [0-9]+:([0-9]+):/g;function Kd(r,t){let e=tV.exec(t);if(e==null){console.log(`Couldn't parse line number in error: ${t}`),console.log(r);return}let s=+e[1],n=r.split(`
`),o=n.length.toString().length+2,i=n.map((p,m)=>C.rightPad((m+1).toString(),o)+p),a=0;for(let p=0;p<i.length;p++)a=Math.max(i[p].length,a);let l=i.slice(0,s-1),u=i.slice(s-1,s),c=i.slice(s);console.log(l.join(`
`)),console.log(t.split(`
`)[0]),console.log(`%c ${C.rightPad(u[0],a)}`,"border:1px solid red; background-color:#e3d2d2; color:#a61717"),console.log(c.join(`
`))}function By(r){return _s(r,()=>r.createProgram(),"Unable to create WebGLProgram.")}function My(r,t){if(et(r,()=>r.linkProgram(t)),!O().get("ENGINE_COMPILE_ONLY")&&r.getProgramParameter(t,r.LINK_STATUS)===!1)throw console.log(r.getProgramInfoLog(t)),new Error("Failed to link vertex and fragment shaders.")}function hc(r,t){if(et(r,()=>r.validateProgram(t)),r.getProgramParameter(t,r.VALIDATE_STATUS)===!1)throw console.log(r.getProgramInfoLog(t)),new Error("Shader program validation failed.")}function Gy(r,t){let e=_s(r,()=>r.createBuffer(),"Unable to create WebGLBuffer");return et(r,()=>r.bindBuffer(r.ARRAY_BUFFER,e)),et(r,()=>r.bufferData(r.ARRAY_BUFFER,t,r.STATIC_DRAW)),e}function Wy(r,t){let e=_s(r,()=>r.createBuffer(),"Unable to create WebGLBuffer");return et(r,()=>r.bindBuffer(r.ELEMENT_ARRAY_BUFFER,e)),et(r,()=>r.bufferData(r.ELEMENT_ARRAY_BUFFER,t,r.STATIC_DRAW)),e}function eV(){return O().getNumber("WEBGL_VERSION")===2?1:4}function Uy(r){return _s(r,()=>r.createTexture(),"Unable to create WebGLTexture.")}function Hy(r,t){let e=O().getNumber("WEBGL_MAX_TEXTURE_SIZE");if(r<=0||t<=0){let s=`[${r}x${t}]`;throw new Error("Requested texture size "+s+" is invalid.")}if(r>e||t>e){let s=`[${r}x${t}]`,n=`[${e}x${e}]`;throw new Error("Requested texture size "+s+" greater than WebGL maximum on this browser / GPU "+n+".")}}function Ky(r){return _s(r,()=>r.createFramebuffer(),"Unable to create WebGLFramebuffer.")}function qd(r,t,e,s,n,o,i){let a=r.getAttribLocation(t,e);return a===-1?!1:(et(r,()=>r.bindBuffer(r.ARRAY_BUFFER,s)),et(r,()=>r.vertexAttribPointer(a,n,r.FLOAT,!1,o,i)),et(r,()=>r.enableVertexAttribArray(a)),!0)}function Ck(r,t,e){Nk(r,e),et(r,()=>r.activeTexture(r.TEXTURE0+e)),et(r,()=>r.bindTexture(r.TEXTURE_2D,t))}function rV(r,t){Nk(r,t),et(r,()=>r.activeTexture(r.TEXTURE0+t)),et(r,()=>r.bindTexture(r.TEXTURE_2D,null))}function qy(r,t,e){return _s(r,()=>r.getUniformLocation(t,e),'uniform "'+e+'" not present in program.')}function jy(r,t,e){return r.getUniformLocation(t,e)}function Xy(r,t,e,s){et(r,()=>Ck(r,t,s)),et(r,()=>r.uniform1i(e,s))}function sV(r){et(r,()=>r.bindFramebuffer(r.FRAMEBUFFER,null)),et(r,()=>r.viewport(0,0,r.canvas.width,r.canvas.height)),et(r,()=>r.scissor(0,0,r.canvas.width,r.canvas.height))}function gc(r,t,e){et(r,()=>r.bindFramebuffer(r.FRAMEBUFFER,e)),et(r,()=>r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,t,0))}function jd(r,t){et(r,()=>r.bindFramebuffer(r.FRAMEBUFFER,t)),et(r,()=>r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,null,0))}function kl(r){let t=r.checkFramebufferStatus(r.FRAMEBUFFER);if(t!==r.FRAMEBUFFER_COMPLETE)throw new Error("Error binding framebuffer: "+wk(r,t))}function wk(r,t){switch(t){case r.FRAMEBUFFER_INCOMPLETE_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_ATTACHMENT";case r.FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT";case r.FRAMEBUFFER_INCOMPLETE_DIMENSIONS:return"FRAMEBUFFER_INCOMPLETE_DIMENSIONS";case r.FRAMEBUFFER_UNSUPPORTED:return"FRAMEBUFFER_UNSUPPORTED";default:return`unknown error ${t}`}}function _s(r,t,e){let s=et(r,()=>t());if(s==null)throw new Error(e);return s}function Nk(r,t){let e=r.MAX_COMBINED_TEXTURE_IMAGE_UNITS-1,s=t+r.TEXTURE0;if(s<r.TEXTURE0||s>e){let n=`[gl.TEXTURE0, gl.TEXTURE${e}]`;throw new Error(`textureUnit must be in ${n}.`)}}function Ls(r,t=2){return C.sizeFromShape(r.slice(0,r.length-t))}function zs(r){if(r.length===0)throw Error("Cannot get rows and columns of an empty shape array.");return[r.length>1?r[r.length-2]:1,r[r.length-1]]}function Al(r){let t=[1,1,1];return r.length===0||r.length===1&&r[0]===1||(t=[Ls(r),...zs(r)]),t}function Yy(r,t=!1){let e=O().getNumber("WEBGL_MAX_TEXTURE_SIZE"),s=O().getNumber("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE");s===1/0&&O().getBool("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE")&&(s=e/2),t&&(e=e*2,s=s*2,r=r.map((a,l)=>l>=r.length-2?C.nearestLargerEven(r[l]):r[l]),r.length===1&&(r=[2,r[0]])),r.length!==2&&(r=C.squeezeShape(r).newShape);let n=C.sizeFromShape(r),o=null;r.length<=1&&n<=e?o=[1,n]:r.length===2&&r[0]<=e&&r[1]<=e?o=r:r.length===3&&r[0]*r[1]<=e&&r[2]<=e?o=[r[0]*r[1],r[2]]:r.length===3&&r[0]<=e&&r[1]*r[2]<=e?o=[r[0],r[1]*r[2]]:r.length===4&&r[0]*r[1]*r[2]<=e&&r[3]<=e?o=[r[0]*r[1]*r[2],r[3]]:r.length===4&&r[0]<=e&&r[1]*r[2]*r[3]<=e&&(o=[r[0],r[1]*r[2]*r[3]]);let i=o!=null&&Math.max(...o)>s&&Math.min(...o)<=(t?2:1)&&Math.min(...o)>0;if(o==null||i)if(t){let a=Ls(r),l=2,u=2;r.length&&([l,u]=zs(r)),n=a*(l/2)*(u/2),o=C.sizeToSquarishShape(n).map(c=>c*2)}else o=C.sizeToSquarishShape(n);return o}function Wd(r){return r%2===0}function ln(r,t){if(r=r.slice(-2),t=t.slice(-2),C.arraysEqual(r,t)||!r.length||!t.length||r[0]===0||r[1]===0||t[0]===0||t[1]===0)return!0;if(r.length!==t.length){let e=r[r.length-1],s=t[t.length-1];if(e===s||Wd(e)&&Wd(s)&&(r[0]===1||t[0]===1))return!0}return r[1]===t[1]&&Wd(r[0])&&Wd(t[0])}var Ud,Hd;function Qy(r){if(Ud==null){let t=cr(r);Ud=t.getParameter(t.MAX_TEXTURE_SIZE)}return Ud}function nV(){Ud=null}function oV(){Hd=null}function Zy(r){if(Hd==null){let t=cr(r);Hd=t.getParameter(t.MAX_TEXTURE_IMAGE_UNITS)}return Math.min(16,Hd)}function Jy(r){if(r===0)return 0;let t,e=cr(r);return pr(e,"EXT_disjoint_timer_query_webgl2")&&r===2?t=2:pr(e,"EXT_disjoint_timer_query")?t=1:t=0,t}function pr(r,t){return r.getExtension(t)!=null}function Xd(r){try{if(cr(r)!=null)return!0}catch(t){return console.log("Error when getting WebGL context: ",t),!1}return!1}function tb(r){if(r===0)return!1;let t=cr(r);if(r===1){if(!pr(t,"OES_texture_float"))return!1}else if(!pr(t,"EXT_color_buffer_float"))return!1;return Ly(t)}function eb(r){if(r===0)return!1;let t=cr(r);if(r===1){if(!pr(t,"OES_texture_float")||!pr(t,"WEBGL_color_buffer_float"))return!1}else{if(pr(t,"EXT_color_buffer_float"))return Ly(t);let s="EXT_color_buffer_half_float";if(pr(t,s)){let n=t.getExtension(s);return iV(t,n)}return!1}return Ly(t)}function Ly(r){let t=fc(r),e=r.createTexture();r.bindTexture(r.TEXTURE_2D,e),r.texImage2D(r.TEXTURE_2D,0,t.internalFormatFloat,1,1,0,t.textureFormatFloat,t.textureTypeFloat,null);let o=r.createFramebuffer();r.bindFramebuffer(r.FRAMEBUFFER,o),r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,e,0);let i=r.checkFramebufferStatus(r.FRAMEBUFFER)===r.FRAMEBUFFER_COMPLETE;return r.bindTexture(r.TEXTURE_2D,null),r.bindFramebuffer(r.FRAMEBUFFER,null),r.deleteTexture(e),r.deleteFramebuffer(o),i}function iV(r,t){let e=fc(r,t),s=r.createTexture();r.bindTexture(r.TEXTURE_2D,s),r.texImage2D(r.TEXTURE_2D,0,e.internalFormatHalfFloat,1,1,0,e.textureFormatFloat,e.textureTypeHalfFloat,null);let i=r.createFramebuffer();r.bindFramebuffer(r.FRAMEBUFFER,i),r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,s,0);let a=r.checkFramebufferStatus(r.FRAMEBUFFER)===r.FRAMEBUFFER_COMPLETE;return r.bindTexture(r.TEXTURE_2D,null),r.bindFramebuffer(r.FRAMEBUFFER,null),r.deleteTexture(s),r.deleteFramebuffer(i),a}function rb(r){return r!==2?!1:cr(r).fenceSync!=null}function Zr(r,t){Array.isArray(r)||(r=[r]),r.forEach(e=>{e!=null&&C.assert(e.dtype!=="complex64",()=>`${t} does not support complex64 tensors in the WebGL backend.`)})}var at=O();at.registerFlag("HAS_WEBGL",()=>at.getNumber("WEBGL_VERSION")>0);at.registerFlag("WEBGL_VERSION",()=>Xd(2)?2:Xd(1)?1:0);at.registerFlag("WEBGL_CHECK_NUMERICAL_PROBLEMS",()=>!1);at.registerFlag("WEBGL_BUFFER_SUPPORTED",()=>at.get("WEBGL_VERSION")===2);at.registerFlag("WEBGL_CPU_FORWARD",()=>!0);at.registerFlag("WEBGL_FORCE_F16_TEXTURES",()=>!1);at.registerFlag("WEBGL_PACK",()=>at.getBool("HAS_WEBGL"));at.registerFlag("WEBGL_PACK_NORMALIZATION",()=>at.getBool("WEBGL_PACK"));at.registerFlag("WEBGL_PACK_CLIP",()=>at.getBool("WEBGL_PACK"));at.registerFlag("WEBGL_PACK_DEPTHWISECONV",()=>at.getBool("WEBGL_PACK"));at.registerFlag("WEBGL_PACK_BINARY_OPERATIONS",()=>at.getBool("WEBGL_PACK"));at.registerFlag("WEBGL_PACK_UNARY_OPERATIONS",()=>at.getBool("WEBGL_PACK"));at.registerFlag("WEBGL_PACK_ARRAY_OPERATIONS",()=>at.getBool("WEBGL_PACK"));at.registerFlag("WEBGL_PACK_IMAGE_OPERATIONS",()=>at.getBool("WEBGL_PACK"));at.registerFlag("WEBGL_PACK_REDUCE",()=>at.getBool("WEBGL_PACK"));at.registerFlag("WEBGL_LAZILY_UNPACK",()=>at.getBool("WEBGL_PACK"));at.registerFlag("WEBGL_CONV_IM2COL",()=>at.getBool("WEBGL_PACK"));at.registerFlag("WEBGL_PACK_CONV2DTRANSPOSE",()=>at.getBool("WEBGL_PACK"));at.registerFlag("WEBGL_MAX_TEXTURE_SIZE",()=>Qy(at.getNumber("WEBGL_VERSION")));at.registerFlag("WEBGL_MAX_TEXTURES_IN_SHADER",()=>Zy(at.getNumber("WEBGL_VERSION")));at.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION",()=>{let r=at.getNumber("WEBGL_VERSION");return r===0?0:Jy(r)});at.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE",()=>at.getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0&&!su.isMobile());at.registerFlag("WEBGL_RENDER_FLOAT32_CAPABLE",()=>tb(at.getNumber("WEBGL_VERSION")));at.registerFlag("WEBGL_RENDER_FLOAT32_ENABLED",()=>at.getBool("WEBGL_FORCE_F16_TEXTURES")?!1:at.getBool("WEBGL_RENDER_FLOAT32_CAPABLE"));at.registerFlag("WEBGL_DOWNLOAD_FLOAT_ENABLED",()=>eb(at.getNumber("WEBGL_VERSION")));at.registerFlag("WEBGL_FENCE_API_ENABLED",()=>rb(at.getNumber("WEBGL_VERSION")));at.registerFlag("WEBGL_SIZE_UPLOAD_UNIFORM",()=>at.getBool("WEBGL_RENDER_FLOAT32_ENABLED")?4:0);at.registerFlag("WEBGL_DELETE_TEXTURE_THRESHOLD",()=>-1,r=>{if(typeof r!="number")throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be a number but got ${r}.`);if(r<0&&r!==-1)throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be -1 (indicating never delete) or at least 0, but got ${r}.`)});at.registerFlag("WEBGL_FLUSH_THRESHOLD",()=>su.isMobile()?1:-1,r=>{if(typeof r!="number")throw new Error(`WEBGL_FLUSH_THRESHOLD must be a number but got ${r}.`);if(r<0&&r!==-1)throw new Error(`WEBGL_FLUSH_THRESHOLD must be -1 (indicating never manual flush) or at least 0, but got ${r}.`)});at.registerFlag("CPU_HANDOFF_SIZE_THRESHOLD",()=>128);at.registerFlag("WEBGL_USE_SHAPES_UNIFORMS",()=>!1);at.registerFlag("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD",()=>1e5);at.registerFlag("TOPK_K_CPU_HANDOFF_THRESHOLD",()=>128);at.registerFlag("WEBGL_EXP_CONV",()=>!1);at.registerFlag("SOFTWARE_WEBGL_ENABLED",()=>at.getBool("IS_TEST"));at.registerFlag("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE",()=>1/0);at.registerFlag("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE",()=>!1);at.registerFlag("WEBGL2_ISNAN_CUSTOM",()=>!1);at.registerFlag("ENGINE_COMPILE_ONLY",()=>!1);function Xt(){let r,t,e,s,n,o,i,a,l,u;return O().getNumber("WEBGL_VERSION")===2?(r="#version 300 es",t="in",e="out",s="in",n="texture",o="outputColor",i="out vec4 outputColor;",a=O().getBool("WEBGL2_ISNAN_CUSTOM")?`
      bool isnan_custom(float val) {
        uint floatToUint = floatBitsToUint(val);
        return (floatToUint & 0x7fffffffu) > 0x7f800000u;
      }

      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan_custom(val.x),
          isnan_custom(val.y), isnan_custom(val.z), isnan_custom(val.w));
      }

      #define isnan(value) isnan_custom(value)
    `:"",l="",u=`
      #define round(value) newRound(value)
      int newRound(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 newRound(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `):(r="",t="attribute",e="varying",s="varying",n="texture2D",o="gl_FragColor",i="",a=`
      #define isnan(value) isnan_custom(value)
      bool isnan_custom(float val) {
        return (val > 0. || val < 1. || val == 0.) ? false : true;
      }
      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan(val.x), isnan(val.y), isnan(val.z), isnan(val.w));
      }
    `,l=`
      uniform float INFINITY;

      bool isinf(float val) {
        return abs(val) == INFINITY;
      }
      bvec4 isinf(vec4 val) {
        return equal(abs(val), vec4(INFINITY));
      }
    `,u=`
      int round(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 round(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `),{version:r,attribute:t,varyingVs:e,varyingFs:s,texture2D:n,output:o,defineOutput:i,defineSpecialNaN:a,defineSpecialInf:l,defineRound:u}}function Jr(r,t,e="index"){let s=C.computeStrides(t);return s.map((n,o)=>{let i=`int ${r[o]} = ${e} / ${n}`,a=o===s.length-1?`int ${r[o+1]} = ${e} - ${r[o]} * ${n}`:`index -= ${r[o]} * ${n}`;return`${i}; ${a};`}).join("")}function bo(r,t,e="index"){let s=C.computeStrides(t);return s.map((n,o)=>{let i=`int ${r[o]} = ${e} / outShapeStrides[${o}]`,a=o===s.length-1?`int ${r[o+1]} = ${e} - ${r[o]} * outShapeStrides[${o}]`:`index -= ${r[o]} * outShapeStrides[${o}]`;return`${i}; ${a};`}).join("")}function aV(r,t){let e=r.length,s=r.map(o=>`${t}[${o}]`),n=new Array(e-1);n[e-2]=s[e-1];for(let o=e-3;o>=0;--o)n[o]=`(${n[o+1]} * ${s[o+1]})`;return n}function Sk(r,t,e="index"){let s=r.map((o,i)=>i),n=aV(s,t);return n.map((o,i)=>{let a=`int ${r[i]} = ${e} / ${n[i]}`,l=i===n.length-1?`int ${r[i+1]} = ${e} - ${r[i]} * ${n[i]}`:`index -= ${r[i]} * ${n[i]}`;return`${a}; ${l};`}).join("")}function Rl(r){let t=C.computeStrides(r).map(e=>e.toString());return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * ${t[0]} + coords.y * ${t[1]} + coords.z;
  }
`}function $l(){return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * outShapeStrides[0] + coords.y * outShapeStrides[1] + coords.z;
  }
`}var Yd=`
  const float FLOAT_MAX = 1.70141184e38;
  const float FLOAT_MIN = 1.17549435e-38;

  lowp vec4 encode_float(highp float v) {
    if (isnan(v)) {
      return vec4(255, 255, 255, 255);
    }

    highp float av = abs(v);

    if(av < FLOAT_MIN) {
      return vec4(0.0, 0.0, 0.0, 0.0);
    } else if(v > FLOAT_MAX) {
      return vec4(0.0, 0.0, 128.0, 127.0) / 255.0;
    } else if(v < -FLOAT_MAX) {
      return vec4(0.0, 0.0,  128.0, 255.0) / 255.0;
    }

    highp vec4 c = vec4(0,0,0,0);

    highp float e = floor(log2(av));
    highp float m = exp2(fract(log2(av))) - 1.0;

    c[2] = floor(128.0 * m);
    m -= c[2] / 128.0;
    c[1] = floor(32768.0 * m);
    m -= c[1] / 32768.0;
    c[0] = floor(8388608.0 * m);

    highp float ebias = e + 127.0;
    c[3] = floor(ebias / 2.0);
    ebias -= c[3] * 2.0;
    c[2] += floor(ebias) * 128.0;

    c[3] += 128.0 * step(0.0, -v);

    return c / 255.0;
  }
`;var{getBroadcastDims:Ik}=S;function vk(r,t,e){let s=[];if(r.forEach(d=>{let f=C.sizeFromShape(d.shapeInfo.logicalShape);if(d.shapeInfo.isUniform?s.push(`uniform float ${d.name}${f>1?`[${f}]`:""};`):(s.push(`uniform sampler2D ${d.name};`),s.push(`uniform int offset${d.name};`)),e.enableShapeUniforms){let{uniformShape:h}=Qd(e.packedInputs,d.shapeInfo.logicalShape,d.shapeInfo.texShape);switch(h.length){case 1:s.push(`uniform int ${d.name}Shape;`);break;case 2:s.push(`uniform ivec2 ${d.name}Shape;`);break;case 3:s.push(`uniform ivec3 ${d.name}Shape;`);break;case 4:s.push(`uniform ivec4 ${d.name}Shape;`);break;default:break}s.push(`uniform ivec2 ${d.name}TexShape;`)}}),e.enableShapeUniforms){switch(t.logicalShape.length){case 1:s.push("uniform int outShape;");break;case 2:s.push("uniform ivec2 outShape;"),s.push("uniform int outShapeStrides;");break;case 3:s.push("uniform ivec3 outShape;"),s.push("uniform ivec2 outShapeStrides;");break;case 4:s.push("uniform ivec4 outShape;"),s.push("uniform ivec3 outShapeStrides;");break;default:break}s.push("uniform ivec2 outTexShape;")}e.customUniforms&&e.customUniforms.forEach(d=>{s.push(`uniform ${d.type} ${d.name}${d.arrayIndex?`[${d.arrayIndex}]`:""};`)});let n=s.join(`
`),o=r.map(d=>lV(d,t,e.packedInputs,e.enableShapeUniforms)).join(`
`),i=t.texShape,a=Xt(),l=pV(a),u,c,p=fV(a);return t.isPacked?(u=uV(t.logicalShape,i,e.enableShapeUniforms),c=dV(a)):(u=cV(t.logicalShape,i,e.enableShapeUniforms),c=mV(a)),e.packedInputs&&(p+=yV),[p,l,c,n,u,o,e.userCode].join(`
`)}function Ol(r,t=!1){let e=r.shapeInfo.logicalShape;switch(e.length){case 0:return RV(r,t);case 1:return DV(r,t);case 2:return FV(r,t);case 3:return LV(r,t);case 4:return PV(r,t);case 5:return VV(r);case 6:return BV(r);default:throw new Error(`${e.length}-D input sampling is not yet supported`)}}function Tk(r,t){switch(r.shapeInfo.logicalShape.length){case 0:return EV(r);case 1:return $V(r,t);case 2:return OV(r,t);case 3:return _V(r,t);default:return zV(r,t)}}function lV(r,t,e=!1,s){let n="";e?n+=Tk(r,s):n+=Ol(r,s);let o=r.shapeInfo.logicalShape,i=t.logicalShape;return o.length<=i.length&&(e?n+=MV(r,t):n+=GV(r,t)),n}function uV(r,t,e){switch(r.length){case 0:return kk();case 1:return bV(r,t,e);case 2:return kV(r,t,e);case 3:return wV(r,t,e);default:return SV(r,t,e)}}function cV(r,t,e){switch(r.length){case 0:return kk();case 1:return CV(r,t,e);case 2:return AV(r,t,e);case 3:return NV(r,t,e);case 4:return IV(r,t,e);case 5:return vV(r,t);case 6:return TV(r,t);default:throw new Error(`${r.length}-D output sampling is not yet supported`)}}function pV(r){return`
    float sampleTexture(sampler2D textureSampler, vec2 uv) {
      return ${r.texture2D}(textureSampler, uv).r;
    }
  `}function mV(r){return`
    void setOutput(float val) {
      ${r.output} = vec4(val, 0, 0, 0);
    }
  `}function dV(r){return`
    void setOutput(vec4 val) {
      ${r.output} = val;
    }
  `}function fV(r){return`${r.version}
    precision highp float;
    precision highp int;
    precision highp sampler2D;
    ${r.varyingFs} vec2 resultUV;
    ${r.defineOutput}
    const vec2 halfCR = vec2(0.5, 0.5);

    struct ivec5
    {
      int x;
      int y;
      int z;
      int w;
      int u;
    };

    struct ivec6
    {
      int x;
      int y;
      int z;
      int w;
      int u;
      int v;
    };

    uniform float NAN;
    ${r.defineSpecialNaN}
    ${r.defineSpecialInf}
    ${r.defineRound}

    int imod(int x, int y) {
      return x - y * (x / y);
    }

    int idiv(int a, int b, float sign) {
      int res = a / b;
      int mod = imod(a, b);
      if (sign < 0. && mod != 0) {
        res -= 1;
      }
      return res;
    }

    //Based on the work of Dave Hoskins
    //https://www.shadertoy.com/view/4djSRW
    #define HASHSCALE1 443.8975
    float random(float seed){
      vec2 p = resultUV * seed;
      vec3 p3  = fract(vec3(p.xyx) * HASHSCALE1);
      p3 += dot(p3, p3.yzx + 19.19);
      return fract((p3.x + p3.y) * p3.z);
    }

    ${hV}
    ${gV}
    ${xV}
  `}var hV=`
vec2 uvFromFlat(int texNumR, int texNumC, int index) {
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
vec2 packedUVfrom1D(int texNumR, int texNumC, int index) {
  int texelIndex = index / 2;
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,gV=`
vec2 packedUVfrom2D(int texelsInLogicalRow, int texNumR,
  int texNumC, int row, int col) {
  int texelIndex = (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,xV=`
vec2 packedUVfrom3D(int texNumR, int texNumC,
    int texelsInBatch, int texelsInLogicalRow, int b,
    int row, int col) {
  int index = b * texelsInBatch + (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,yV=`
  float getChannel(vec4 frag, vec2 innerDims) {
    vec2 modCoord = mod(innerDims, 2.);
    return modCoord.x == 0. ?
      (modCoord.y == 0. ? frag.r : frag.g) :
      (modCoord.y == 0. ? frag.b : frag.a);
  }
  float getChannel(vec4 frag, int dim) {
    float modCoord = mod(float(dim), 2.);
    return modCoord == 0. ? frag.r : frag.g;
  }
`;function kk(){return`
    int getOutputCoords() {
      return 0;
    }
  `}function bV(r,t,e){let s=[Math.ceil(t[0]/2),Math.ceil(t[1]/2)];return s[0]===1?e?`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ceil(float(outTexShape[1]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ${s[1]}.0);
      }
    `:s[1]===1?e?`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ceil(float(outTexShape[0]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ${s[0]}.0);
      }
    `:e?`
    int getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      return 2 * (resTexRC.x * packedTexShape[1] + resTexRC.y);
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${s[0]}, ${s[1]}));
      return 2 * (resTexRC.x * ${s[1]} + resTexRC.y);
    }
  `}function CV(r,t,e){return t[0]===1?e?`
      int getOutputCoords() {
        return int(resultUV.x * float(outTexShape[1]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.x * ${t[1]}.0);
      }
    `:t[1]===1?e?`
      int getOutputCoords() {
        return int(resultUV.y * float(outTexShape[0]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.y * ${t[0]}.0);
      }
    `:e?`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      return resTexRC.x * outTexShape[1] + resTexRC.y;
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${t[0]}, ${t[1]}));
      return resTexRC.x * ${t[1]} + resTexRC.y;
    }
  `}function wV(r,t,e){if(e)return`
    ivec3 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec3(b, r, c);
    }
  `;let s=[Math.ceil(t[0]/2),Math.ceil(t[1]/2)],n=Math.ceil(r[2]/2),o=n*Math.ceil(r[1]/2);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${s[0]}, ${s[1]}));
      int index = resTexRC.x * ${s[1]} + resTexRC.y;

      int b = index / ${o};
      index -= b * ${o};

      int r = 2 * (index / ${n});
      int c = imod(index, ${n}) * 2;

      return ivec3(b, r, c);
    }
  `}function NV(r,t,e){if(e)return`
  ivec3 getOutputCoords() {
    ivec2 resTexRC = ivec2(resultUV.yx *
                           vec2(outTexShape[0], outTexShape[1]));
    int index = resTexRC.x * outTexShape[1] + resTexRC.y;
    ${bo(["r","c","d"],r)}
    return ivec3(r, c, d);
  }
`;let s=Jr(["r","c","d"],r);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${t[0]}, ${t[1]}));
      int index = resTexRC.x * ${t[1]} + resTexRC.y;
      ${s}
      return ivec3(r, c, d);
    }
  `}function SV(r,t,e){if(e)return`
    ivec4 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int texelsInLogicalRow = int(ceil(float(outShape[3]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatchN = texelsInBatch * outShape[1];

      int b2 = index / texelsInBatchN;
      index -= b2 * texelsInBatchN;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec4(b2, b, r, c);
    }
  `;let s=[Math.ceil(t[0]/2),Math.ceil(t[1]/2)],n=Math.ceil(r[r.length-1]/2),o=n*Math.ceil(r[r.length-2]/2),i=o,a="",l="b, r, c";for(let u=2;u<r.length-1;u++)i*=r[r.length-u-1],a=`
      int b${u} = index / ${i};
      index -= b${u} * ${i};
    `+a,l=`b${u}, `+l;return`
    ivec${r.length} getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${s[0]}, ${s[1]}));
      int index = resTexRC.x * ${s[1]} + resTexRC.y;

      ${a}

      int b = index / ${o};
      index -= b * ${o};

      int r = 2 * (index / ${n});
      int c = imod(index, ${n}) * 2;

      return ivec${r.length}(${l});
    }
  `}function IV(r,t,e){if(e)return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      ${bo(["r","c","d","d2"],r)}
      return ivec4(r, c, d, d2);
    }
  `;let s=Jr(["r","c","d","d2"],r);return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${t[0]}, ${t[1]}));
      int index = resTexRC.x * ${t[1]} + resTexRC.y;
      ${s}
      return ivec4(r, c, d, d2);
    }
  `}function vV(r,t){let e=Jr(["r","c","d","d2","d3"],r);return`
    ivec5 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx * vec2(${t[0]},
                             ${t[1]}));

      int index = resTexRC.x * ${t[1]} + resTexRC.y;

      ${e}

      ivec5 outShape = ivec5(r, c, d, d2, d3);
      return outShape;
    }
  `}function TV(r,t){let e=Jr(["r","c","d","d2","d3","d4"],r);return`
    ivec6 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${t[0]}, ${t[1]}));
      int index = resTexRC.x * ${t[1]} + resTexRC.y;

      ${e}

      ivec6 result = ivec6(r, c, d, d2, d3, d4);
      return result;
    }
  `}function kV(r,t,e){let s=[Math.ceil(t[0]/2),Math.ceil(t[1]/2)];if(C.arraysEqual(r,t))return e?`
      ivec2 getOutputCoords() {
        ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
        return 2 * ivec2(resultUV.yx * vec2(packedTexShape[0], packedTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return 2 * ivec2(resultUV.yx * vec2(${s[0]}, ${s[1]}));
      }
    `;let n=Math.ceil(r[1]/2);return e?`
    ivec2 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));

      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;
      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${s[0]}, ${s[1]}));

      int index = resTexRC.x * ${s[1]} + resTexRC.y;
      int r = 2 * (index / ${n});
      int c = imod(index, ${n}) * 2;

      return ivec2(r, c);
    }
  `}function AV(r,t,e){return C.arraysEqual(r,t)?e?`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(outTexShape[0], outTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(${t[0]}, ${t[1]}));
      }
    `:r[1]===1?e?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(index, 0);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${t[0]}, ${t[1]}));
        int index = resTexRC.x * ${t[1]} + resTexRC.y;
        return ivec2(index, 0);
      }
    `:r[0]===1?e?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(0, index);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${t[0]}, ${t[1]}));
        int index = resTexRC.x * ${t[1]} + resTexRC.y;
        return ivec2(0, index);
      }
    `:e?`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      int r = index / outShape[1];
      int c = index - r * outShape[1];
      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${t[0]}, ${t[1]}));
      int index = resTexRC.x * ${t[1]} + resTexRC.y;
      int r = index / ${r[1]};
      int c = index - r * ${r[1]};
      return ivec2(r, c);
    }
  `}function Co(r){return`offset${r}`}function EV(r){let t=r.name,e="get"+t.charAt(0).toUpperCase()+t.slice(1),s=Xt();return`
    vec4 ${e}() {
      return ${s.texture2D}(${t}, halfCR);
    }
  `}function RV(r,t){let e=r.name,s="get"+e.charAt(0).toUpperCase()+e.slice(1);if(r.shapeInfo.isUniform)return`float ${s}() {return ${e};}`;let[n,o]=r.shapeInfo.texShape;if(n===1&&o===1)return`
      float ${s}() {
        return sampleTexture(${e}, halfCR);
      }
    `;let i=Co(e);if(t)return`
    float ${s}() {
      vec2 uv = uvFromFlat(${e}TexShape[0], ${e}TexShape[1], ${i});
      return sampleTexture(${e}, uv);
    }
  `;let[a,l]=r.shapeInfo.texShape;return`
    float ${s}() {
      vec2 uv = uvFromFlat(${a}, ${l}, ${i});
      return sampleTexture(${e}, uv);
    }
  `}function $V(r,t){let e=r.name,s="get"+e.charAt(0).toUpperCase()+e.slice(1),n=r.shapeInfo.texShape,o=Xt();if(t)return`
    vec4 ${s}(int index) {
      ivec2 packedTexShape = ivec2(ceil(float(${e}TexShape[0]) / 2.0), ceil(float(${e}TexShape[1]) / 2.0));
      vec2 uv = packedUVfrom1D(
        packedTexShape[0], packedTexShape[1], index);
      return ${o.texture2D}(${e}, uv);
    }
  `;let i=[Math.ceil(n[0]/2),Math.ceil(n[1]/2)];return`
    vec4 ${s}(int index) {
      vec2 uv = packedUVfrom1D(
        ${i[0]}, ${i[1]}, index);
      return ${o.texture2D}(${e}, uv);
    }
  `}function DV(r,t){let e=r.name,s="get"+e.charAt(0).toUpperCase()+e.slice(1);if(r.shapeInfo.isUniform)return`
      float ${s}(int index) {
        ${Fl(r)}
      }
    `;let n=r.shapeInfo.texShape,o=n[0],i=n[1];if(i===1&&o===1)return`
      float ${s}(int index) {
        return sampleTexture(${e}, halfCR);
      }
    `;let a=Co(e);return i===1?t?`
      float ${s}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${a}) + 0.5) / float(${e}TexShape[0]));
        return sampleTexture(${e}, uv);
      }
    `:`
      float ${s}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${a}) + 0.5) / ${o}.0);
        return sampleTexture(${e}, uv);
      }
    `:o===1?t?`
      float ${s}(int index) {
        vec2 uv = vec2((float(index + ${a}) + 0.5) / float(${e}TexShape[1]), 0.5);
        return sampleTexture(${e}, uv);
      }
    `:`
      float ${s}(int index) {
        vec2 uv = vec2((float(index + ${a}) + 0.5) / ${i}.0, 0.5);
        return sampleTexture(${e}, uv);
      }
    `:t?`
    float ${s}(int index) {
      vec2 uv = uvFromFlat(${e}TexShape[0], ${e}TexShape[1], index + ${a});
      return sampleTexture(${e}, uv);
    }
  `:`
    float ${s}(int index) {
      vec2 uv = uvFromFlat(${o}, ${i}, index + ${a});
      return sampleTexture(${e}, uv);
    }
  `}function OV(r,t){let e=r.shapeInfo.logicalShape,s=r.name,n="get"+s.charAt(0).toUpperCase()+s.slice(1),o=r.shapeInfo.texShape,i=o[0],a=o[1],l=Xt();if(o!=null&&C.arraysEqual(e,o))return t?`
      vec4 ${n}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${s}TexShape[1], ${s}TexShape[0]);

        return ${l.texture2D}(${s}, uv);
      }
    `:`
      vec4 ${n}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${a}.0, ${i}.0);

        return ${l.texture2D}(${s}, uv);
      }
    `;if(t)return`
    vec4 ${n}(int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${s}TexShape[0]) / 2.0), ceil(float(${s}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${s}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom2D(valuesPerRow, packedTexShape[0], packedTexShape[1], row, col);
      return ${l.texture2D}(${s}, uv);
    }
  `;let u=[Math.ceil(o[0]/2),Math.ceil(o[1]/2)],c=Math.ceil(e[1]/2);return`
    vec4 ${n}(int row, int col) {
      vec2 uv = packedUVfrom2D(${c}, ${u[0]}, ${u[1]}, row, col);
      return ${l.texture2D}(${s}, uv);
    }
  `}function FV(r,t){let e=r.shapeInfo.logicalShape,s=r.name,n="get"+s.charAt(0).toUpperCase()+s.slice(1),o=r.shapeInfo.texShape;if(o!=null&&C.arraysEqual(e,o)){if(t)return`
      float ${n}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${s}TexShape[1], ${s}TexShape[0]);
        return sampleTexture(${s}, uv);
      }
    `;let m=o[0],d=o[1];return`
    float ${n}(int row, int col) {
      vec2 uv = (vec2(col, row) + halfCR) / vec2(${d}.0, ${m}.0);
      return sampleTexture(${s}, uv);
    }
  `}let{newShape:i,keptDims:a}=C.squeezeShape(e),l=i;if(l.length<e.length){let m=_l(r,l),d=["row","col"];return`
      ${Ol(m,t)}
      float ${n}(int row, int col) {
        return ${n}(${Ll(d,a)});
      }
    `}if(r.shapeInfo.isUniform)return`
      float ${n}(int row, int col) {
        int index = round(dot(vec2(row, col), vec2(${e[1]}, 1)));
        ${Fl(r)}
      }
    `;let u=o[0],c=o[1],p=Co(s);return c===1?t?`
      float ${n}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${s}Shape[1], 1, 1));
        vec2 uv = vec2(0.5, (index + 0.5) / float(${s}TexShape[0]));
        return sampleTexture(${s}, uv);
      }
    `:`
    float ${n}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${e[1]}, 1, 1));
      vec2 uv = vec2(0.5, (index + 0.5) / ${u}.0);
      return sampleTexture(${s}, uv);
    }
  `:u===1?t?`
      float ${n}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${s}Shape[1], 1, 1));
        vec2 uv = vec2((index + 0.5) / float(${s}TexShape[1]), 0.5);
        return sampleTexture(${s}, uv);
      }
    `:`
    float ${n}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${e[1]}, 1, 1));
      vec2 uv = vec2((index + 0.5) / ${c}.0, 0.5);
      return sampleTexture(${s}, uv);
    }
  `:t?`
      float ${n}(int row, int col) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${s}Shape[1] + col + ${p};
        vec2 uv = uvFromFlat(${s}TexShape[0], ${s}TexShape[1], index);
        return sampleTexture(${s}, uv);
      }
    `:`
  float ${n}(int row, int col) {
    // Explicitly use integer operations as dot() only works on floats.
    int index = row * ${e[1]} + col + ${p};
    vec2 uv = uvFromFlat(${u}, ${c}, index);
    return sampleTexture(${s}, uv);
  }
`}function _V(r,t){let e=r.shapeInfo.logicalShape,s=r.name,n="get"+s.charAt(0).toUpperCase()+s.slice(1),o=r.shapeInfo.texShape,i=[Math.ceil(o[0]/2),Math.ceil(o[1]/2)];if(e[0]===1){let m=e.slice(1),d=[1,2],f=_l(r,m),h=["b","row","col"];return`
        ${Tk(f,t)}
        vec4 ${n}(int b, int row, int col) {
          return ${n}(${Ll(h,d)});
        }
      `}let a=Xt();if(t)return`
    vec4 ${n}(int b, int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${s}TexShape[0]) / 2.0), ceil(float(${s}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${s}Shape[2]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${s}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom3D(
        packedTexShape[0], packedTexShape[1], texelsInBatch, valuesPerRow, b, row, col);
      return ${a.texture2D}(${s}, uv);
    }
  `;let l=i[0],u=i[1],c=Math.ceil(e[2]/2),p=c*Math.ceil(e[1]/2);return`
    vec4 ${n}(int b, int row, int col) {
      vec2 uv = packedUVfrom3D(
        ${l}, ${u}, ${p}, ${c}, b, row, col);
      return ${a.texture2D}(${s}, uv);
    }
  `}function LV(r,t){let e=r.shapeInfo.logicalShape,s=r.name,n="get"+s.charAt(0).toUpperCase()+s.slice(1),o=e[1]*e[2],i=e[2],{newShape:a,keptDims:l}=C.squeezeShape(e),u=a;if(u.length<e.length){let h=_l(r,u),g=["row","col","depth"];return`
        ${Ol(h,t)}
        float ${n}(int row, int col, int depth) {
          return ${n}(${Ll(g,l)});
        }
      `}if(r.shapeInfo.isUniform)return`
      float ${n}(int row, int col, int depth) {
        int index = round(dot(vec3(row, col, depth),
                          vec3(${o}, ${i}, 1)));
        ${Fl(r)}
      }
    `;let c=r.shapeInfo.texShape,p=c[0],m=c[1],d=r.shapeInfo.flatOffset;if(m===o&&d==null)return t?`
      float ${n}(int row, int col, int depth) {
        int stride1 = ${s}Shape[2];
        float texR = float(row);
        float texC = dot(vec2(col, depth), vec2(stride1, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${s}TexShape[1], ${s}TexShape[0]);
        return sampleTexture(${s}, uv);
      }
    `:`
        float ${n}(int row, int col, int depth) {
          float texR = float(row);
          float texC = dot(vec2(col, depth), vec2(${i}, 1));
          vec2 uv = (vec2(texC, texR) + halfCR) /
                     vec2(${m}.0, ${p}.0);
          return sampleTexture(${s}, uv);
        }
      `;if(m===i&&d==null)return t?`
      float ${n}(int row, int col, int depth) {
        float texR = dot(vec2(row, col), vec2(${s}Shape[1], 1));
        float texC = float(depth);
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${s}TexShape[1], ${s}TexShape[0]);
        return sampleTexture(${s}, uv);
      }
    `:`
    float ${n}(int row, int col, int depth) {
      float texR = dot(vec2(row, col), vec2(${e[1]}, 1));
      float texC = float(depth);
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${m}.0, ${p}.0);
      return sampleTexture(${s}, uv);
    }
  `;let f=Co(s);return t?`
    float ${n}(int row, int col, int depth) {
      // Explicitly use integer operations as dot() only works on floats.
      int stride0 = ${s}Shape[1] * ${s}Shape[2];
      int stride1 = ${s}Shape[2];
      int index = row * stride0 + col * stride1 + depth + ${f};
      vec2 uv = uvFromFlat(${s}TexShape[0], ${s}TexShape[1], index);
      return sampleTexture(${s}, uv);
    }
    `:`
      float ${n}(int row, int col, int depth) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${o} + col * ${i} + depth + ${f};
        vec2 uv = uvFromFlat(${p}, ${m}, index);
        return sampleTexture(${s}, uv);
      }
  `}function zV(r,t){let e=r.name,s="get"+e.charAt(0).toUpperCase()+e.slice(1),n=Xt();if(t)return`
    vec4 ${s}(int b2, int b, int row, int col) {
      int valuesPerRow = int(ceil(float(${e}Shape[3]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${e}Shape[2]) / 2.0));
      int index = b * texelsInBatch + (row / 2) * valuesPerRow + (col / 2);
      texelsInBatch *= ${e}Shape[1];
      index = b2 * texelsInBatch + index;
      ivec2 packedTexShape = ivec2(ceil(float(${e}TexShape[0]) / 2.0), ceil(float(${e}TexShape[1]) / 2.0));
      int texR = index / packedTexShape[1];
      int texC = index - texR * packedTexShape[1];
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(packedTexShape[1], packedTexShape[0]); return ${n.texture2D}(${e}, uv);
    }
  `;let o=r.shapeInfo.logicalShape,i=o.length,a=r.shapeInfo.texShape,l=[Math.ceil(a[0]/2),Math.ceil(a[1]/2)],u=l[0],c=l[1],p=Math.ceil(o[i-1]/2),m=p*Math.ceil(o[i-2]/2),d="int b, int row, int col",f=`b * ${m} + (row / 2) * ${p} + (col / 2)`;for(let h=2;h<i-1;h++)d=`int b${h}, `+d,m*=o[i-h-1],f=`b${h} * ${m} + `+f;return`
    vec4 ${s}(${d}) {
      int index = ${f};
      int texR = index / ${c};
      int texC = index - texR * ${c};
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${c}, ${u});
      return ${n.texture2D}(${e}, uv);
    }
  `}function PV(r,t){let e=r.shapeInfo.logicalShape,s=r.name,n="get"+s.charAt(0).toUpperCase()+s.slice(1),o=e[3],i=e[2]*o,a=e[1]*i,{newShape:l,keptDims:u}=C.squeezeShape(e);if(l.length<e.length){let y=_l(r,l),N=["row","col","depth","depth2"];return`
      ${Ol(y,t)}
      float ${n}(int row, int col, int depth, int depth2) {
        return ${n}(${Ll(N,u)});
      }
    `}if(r.shapeInfo.isUniform)return`
      float ${n}(int row, int col, int depth, int depth2) {
        int index = round(dot(vec4(row, col, depth, depth2),
                          vec4(${a}, ${i}, ${o}, 1)));
        ${Fl(r)}
      }
    `;let c=r.shapeInfo.flatOffset,p=r.shapeInfo.texShape,m=p[0],d=p[1],f=`int stride2 = ${s}Shape[3];`,h=`int stride1 = ${s}Shape[2] * stride2;`,g=`int stride0 = ${s}Shape[1] * stride1;`;if(d===a&&c==null)return t?`
      float ${n}(int row, int col, int depth, int depth2) {
        ${f}
        ${h}
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(stride1, stride2, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${s}TexShape[1], ${s}TexShape[0]);
        return sampleTexture(${s}, uv);
      }
    `:`
      float ${n}(int row, int col, int depth, int depth2) {
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(${i}, ${o}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${d}.0, ${m}.0);
        return sampleTexture(${s}, uv);
      }
    `;if(d===o&&c==null)return t?`
      float ${n}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${s}Shape[1] * ${s}Shape[2], ${s}Shape[2], 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${s}TexShape[1], ${s}TexShape[0]);
        return sampleTexture(${s}, uv);
      }
    `:`
      float ${n}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${e[1]*e[2]}, ${e[2]}, 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${d}.0, ${m}.0);
        return sampleTexture(${s}, uv);
      }
    `;let x=Co(s);return t?`
    float ${n}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      ${f}
      ${h}
      ${g}
      int index = row * stride0 + col * stride1 +
          depth * stride2 + depth2;
      vec2 uv = uvFromFlat(${s}TexShape[0], ${s}TexShape[1], index + ${x});
      return sampleTexture(${s}, uv);
    }
  `:`
    float ${n}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${a} + col * ${i} +
          depth * ${o} + depth2;
      vec2 uv = uvFromFlat(${m}, ${d}, index + ${x});
      return sampleTexture(${s}, uv);
    }
  `}function VV(r){let t=r.shapeInfo.logicalShape,e=r.name,s="get"+e.charAt(0).toUpperCase()+e.slice(1),n=t[4],o=t[3]*n,i=t[2]*o,a=t[1]*i,{newShape:l,keptDims:u}=C.squeezeShape(t);if(l.length<t.length){let h=_l(r,l),g=["row","col","depth","depth2","depth3"];return`
      ${Ol(h)}
      float ${s}(int row, int col, int depth, int depth2, int depth3) {
        return ${s}(${Ll(g,u)});
      }
    `}if(r.shapeInfo.isUniform)return`
      float ${s}(int row, int col, int depth, int depth2, int depth3) {
        float index = dot(
          vec4(row, col, depth, depth2),
          vec4(${a}, ${i}, ${o}, ${n})) +
          depth3;
        ${Fl(r)}
      }
    `;let c=r.shapeInfo.flatOffset,p=r.shapeInfo.texShape,m=p[0],d=p[1];if(d===a&&c==null)return`
      float ${s}(int row, int col, int depth, int depth2, int depth3) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
                         vec4(${i}, ${o}, ${n}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${d}.0, ${m}.0);
        return sampleTexture(${e}, uv);
      }
    `;if(d===n&&c==null)return`
      float ${s}(int row, int col, int depth, int depth2, int depth3) {
        float texR = dot(
          vec4(row, col, depth, depth2),
          vec4(${t[1]*t[2]*t[3]},
               ${t[2]*t[3]}, ${t[3]}, 1));
        int texC = depth3;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${d}.0, ${m}.0);
        return sampleTexture(${e}, uv);
      }
    `;let f=Co(e);return`
    float ${s}(int row, int col, int depth, int depth2, int depth3) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${a} + col * ${i} + depth * ${o} +
          depth2 * ${n} + depth3 + ${f};
      vec2 uv = uvFromFlat(${m}, ${d}, index);
      return sampleTexture(${e}, uv);
    }
  `}function BV(r){let t=r.shapeInfo.logicalShape,e=r.name,s="get"+e.charAt(0).toUpperCase()+e.slice(1),{newShape:n,keptDims:o}=C.squeezeShape(t);if(n.length<t.length){let g=_l(r,n),x=["row","col","depth","depth2","depth3","depth4"];return`
      ${Ol(g)}
      float ${s}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        return ${s}(${Ll(x,o)});
      }
    `}let i=t[5],a=t[4]*i,l=t[3]*a,u=t[2]*l,c=t[1]*u;if(r.shapeInfo.isUniform)return`
      float ${s}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
        int index = round(dot(
          vec4(row, col, depth, depth2),
          vec4(${c}, ${u}, ${l}, ${a})) +
          dot(
            vec2(depth3, depth4),
            vec2(${i}, 1)));
        ${Fl(r)}
      }
    `;let p=r.shapeInfo.flatOffset,m=r.shapeInfo.texShape,d=m[0],f=m[1];if(f===c&&p==null)return`
      float ${s}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
          vec4(${u}, ${l}, ${a}, ${i})) +
               float(depth4);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${f}.0, ${d}.0);
        return sampleTexture(${e}, uv);
      }
    `;if(f===i&&p==null)return`
      float ${s}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        float texR = dot(vec4(row, col, depth, depth2),
          vec4(${t[1]*t[2]*t[3]*t[4]},
               ${t[2]*t[3]*t[4]},
               ${t[3]*t[4]},
               ${t[4]})) + float(depth3);
        int texC = depth4;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${f}.0, ${d}.0);
        return sampleTexture(${e}, uv);
      }
    `;let h=Co(e);return`
    float ${s}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${c} + col * ${u} + depth * ${l} +
          depth2 * ${a} + depth3 * ${i} + depth4 + ${h};
      vec2 uv = uvFromFlat(${d}, ${f}, index);
      return sampleTexture(${e}, uv);
    }
  `}function Fl(r){let t=r.name,e=C.sizeFromShape(r.shapeInfo.logicalShape);return e<2?`return ${t};`:`
    for (int i = 0; i < ${e}; i++) {
      if (i == index) {
        return ${t}[i];
      }
    }
  `}function MV(r,t){let e=r.name,s=e.charAt(0).toUpperCase()+e.slice(1),n="get"+s+"AtOutCoords",o=r.shapeInfo.logicalShape.length,i=t.logicalShape.length,a=Ik(r.shapeInfo.logicalShape,t.logicalShape),l=ht(i),u=i-o,c,p=["x","y","z","w","u","v"];o===0?c="":i<2&&a.length>=1?c="coords = 0;":c=a.map(y=>`coords.${p[y+u]} = 0;`).join(`
`);let m="";i<2&&o>0?m="coords":m=r.shapeInfo.logicalShape.map((y,N)=>`coords.${p[N+u]}`).join(", ");let d="return outputValue;",h=C.sizeFromShape(r.shapeInfo.logicalShape)===1,x=C.sizeFromShape(t.logicalShape)===1;if(o===1&&!h&&!x)d=`
      return vec4(outputValue.xy, outputValue.xy);
    `;else if(h&&!x)i===1?d=`
        return vec4(outputValue.x, outputValue.x, 0., 0.);
      `:d=`
        return vec4(outputValue.x);
      `;else if(a.length){let y=o-2,N=o-1;a.indexOf(y)>-1&&a.indexOf(N)>-1?d="return vec4(outputValue.x);":a.indexOf(y)>-1?d="return vec4(outputValue.x, outputValue.y, outputValue.x, outputValue.y);":a.indexOf(N)>-1&&(d="return vec4(outputValue.xx, outputValue.zz);")}return`
    vec4 ${n}() {
      ${l} coords = getOutputCoords();
      ${c}
      vec4 outputValue = get${s}(${m});
      ${d}
    }
  `}function GV(r,t){let e=r.name,s=e.charAt(0).toUpperCase()+e.slice(1),n="get"+s+"AtOutCoords",o=t.texShape,i=r.shapeInfo.texShape,a=r.shapeInfo.logicalShape.length,l=t.logicalShape.length;if(!r.shapeInfo.isUniform&&a===l&&r.shapeInfo.flatOffset==null&&C.arraysEqual(i,o))return`
      float ${n}() {
        return sampleTexture(${e}, resultUV);
      }
    `;let u=ht(l),c=Ik(r.shapeInfo.logicalShape,t.logicalShape),p=l-a,m,d=["x","y","z","w","u","v"];a===0?m="":l<2&&c.length>=1?m="coords = 0;":m=c.map(h=>`coords.${d[h+p]} = 0;`).join(`
`);let f="";return l<2&&a>0?f="coords":f=r.shapeInfo.logicalShape.map((h,g)=>`coords.${d[g+p]}`).join(", "),`
    float ${n}() {
      ${u} coords = getOutputCoords();
      ${m}
      return get${s}(${f});
    }
  `}function ht(r){if(r<=1)return"int";if(r===2)return"ivec2";if(r===3)return"ivec3";if(r===4)return"ivec4";if(r===5)return"ivec5";if(r===6)return"ivec6";throw Error(`GPU for rank ${r} is not yet supported`)}function Qd(r,t,e){let{newShape:s,keptDims:n}=C.squeezeShape(t),o=t.length,i=r&&o===3&&t[0]===1,a=i?t.slice(1):s,l=!r&&o>1&&!C.arraysEqual(t,e)&&s.length<o||i;return{useSqueezeShape:l,uniformShape:l?a:t,keptDims:n}}function _l(r,t){let e=JSON.parse(JSON.stringify(r));return e.shapeInfo.logicalShape=t,e}function Ll(r,t){return t.map(e=>r[e]).join(", ")}function Ek(r,t,e,s){let n=e.map((c,p)=>{let m={logicalShape:c.shape,texShape:c.isUniform?null:c.texData.texShape,isUniform:c.isUniform,isPacked:c.isUniform?!1:c.texData.isPacked,flatOffset:null};return c.texData!=null&&c.texData.slice!=null&&c.texData.slice.flatOffset>0&&(m.flatOffset=c.texData.slice.flatOffset),{name:t.variableNames[p],shapeInfo:m}}),o=n.map(c=>c.shapeInfo),i={logicalShape:s.shape,texShape:s.texData.texShape,isUniform:!1,isPacked:s.texData.isPacked,flatOffset:null},a=vk(n,i,t),l=Vy(r.gl,a),u=r.createProgram(l);return O().get("ENGINE_COMPILE_ONLY")?{program:t,fragmentShader:l,source:a,webGLProgram:u,inShapeInfos:o,outShapeInfo:i,variablesLocations:null,customUniformLocations:null,infLoc:null,nanLoc:null,outShapeLocation:null,outShapeStridesLocation:null,outTexShapeLocation:null}:(r.buildVao(u),Object.assign({program:t,fragmentShader:l,source:a,webGLProgram:u,inShapeInfos:o,outShapeInfo:i},sb(r,t,u)))}function sb(r,t,e){let s=[],n=[],o,i,a,l=null,u=null;u=r.getUniformLocation(e,"NAN",!1),O().getNumber("WEBGL_VERSION")===1&&(l=r.getUniformLocation(e,"INFINITY",!1));let c=!1;for(let p of t.variableNames){let m={name:p,uniform:r.getUniformLocation(e,p,c),offset:r.getUniformLocation(e,`offset${p}`,c)};t.enableShapeUniforms&&(m.shape=r.getUniformLocation(e,`${p}Shape`,c),m.texShape=r.getUniformLocation(e,`${p}TexShape`,c)),s.push(m)}if(t.enableShapeUniforms&&(o=r.getUniformLocation(e,"outShape",c),a=r.getUniformLocation(e,"outShapeStrides",c),i=r.getUniformLocation(e,"outTexShape",c)),t.customUniforms)for(let p of t.customUniforms)n.push(r.getUniformLocation(e,p.name,c));return{variablesLocations:s,customUniformLocations:n,infLoc:l,nanLoc:u,outShapeLocation:o,outShapeStridesLocation:a,outTexShapeLocation:i}}function Ak(r,t){if(r.length!==t.length)throw Error(`Binary was compiled with ${r.length} inputs, but was executed with ${t.length} inputs`);r.forEach((e,s)=>{let n=e.logicalShape,o=t[s],i=o.shape;if(!C.arraysEqual(n,i))throw Error(`Binary was compiled with different shapes than the current args. Shapes ${n} and ${i} must match`);if(e.isUniform&&o.isUniform)return;let a=e.texShape,l=o.isUniform?null:o.texData.texShape;if(!C.arraysEqual(a,l))throw Error(`Binary was compiled with different texture shapes than the current args. Shape ${a} and ${l} must match`)})}function Rk(r,t,e,s,n){t.program.enableShapeUniforms||(Ak(t.inShapeInfos,e),Ak([t.outShapeInfo],[s]));let o=s.texData.texture,i=s.texData.texShape;s.texData.isPacked?r.setOutputPackedMatrixTexture(o.texture,i[0],i[1]):r.setOutputMatrixTexture(o.texture,i[0],i[1]),r.setProgram(t.webGLProgram),r.bindVertexArray(t.webGLProgram.vao),O().getNumber("WEBGL_VERSION")===1&&t.infLoc!==null&&r.gl.uniform1f(t.infLoc,1/0),t.nanLoc!==null&&r.gl.uniform1f(t.nanLoc,NaN);for(let l=0;l<e.length;++l){let u=e[l],{uniform:c,offset:p,shape:m,texShape:d}=t.variablesLocations[l];if(m){let{uniformShape:f}=Qd(t.program.packedInputs,u.shape,u.texData.texShape);switch(f.length){case 1:r.gl.uniform1iv(m,new Int32Array(f));break;case 2:r.gl.uniform2iv(m,new Int32Array(f));break;case 3:r.gl.uniform3iv(m,new Int32Array(f));break;case 4:r.gl.uniform4iv(m,new Int32Array(f));break;default:break}}if(d&&r.gl.uniform2i(d,u.texData.texShape[0],u.texData.texShape[1]),c!=null){if(u.isUniform){if(C.sizeFromShape(u.shape)<2)r.gl.uniform1f(c,u.uniformValues[0]);else{let f=u.uniformValues;f instanceof Float32Array||(f=new Float32Array(f)),r.gl.uniform1fv(c,f)}continue}u.texData.slice!=null&&p!=null&&r.gl.uniform1i(p,u.texData.slice.flatOffset),r.setInputMatrixTexture(u.texData.texture.texture,c,l)}}let a=t.outShapeLocation;if(a)switch(s.shape.length){case 1:r.gl.uniform1iv(a,new Int32Array(s.shape));break;case 2:r.gl.uniform2iv(a,new Int32Array(s.shape));break;case 3:r.gl.uniform3iv(a,new Int32Array(s.shape));break;case 4:r.gl.uniform4iv(a,new Int32Array(s.shape));break;default:break}if(t.outShapeStridesLocation){let l=C.computeStrides(s.shape);switch(s.shape.length){case 2:r.gl.uniform1iv(t.outShapeStridesLocation,new Int32Array(l));break;case 3:r.gl.uniform2iv(t.outShapeStridesLocation,new Int32Array(l));break;case 4:r.gl.uniform3iv(t.outShapeStridesLocation,new Int32Array(l));break;default:break}}if(t.outTexShapeLocation&&r.gl.uniform2i(t.outTexShapeLocation,s.texData.texShape[0],s.texData.texShape[1]),t.program.customUniforms&&n)for(let l=0;l<t.program.customUniforms.length;++l){let u=t.program.customUniforms[l],c=t.customUniformLocations[l],p=n[l];if(u.type==="float")r.gl.uniform1fv(c,p);else if(u.type==="vec2")r.gl.uniform2fv(c,p);else if(u.type==="vec3")r.gl.uniform3fv(c,p);else if(u.type==="vec4")r.gl.uniform4fv(c,p);else if(u.type==="int")r.gl.uniform1iv(c,p);else if(u.type==="ivec2")r.gl.uniform2iv(c,p);else if(u.type==="ivec3")r.gl.uniform3iv(c,p);else if(u.type==="ivec4")r.gl.uniform4iv(c,p);else throw Error(`uniform type ${u.type} is not supported yet.`)}r.executeProgram()}function $k(r,t,e){let s="";t.concat(e).forEach(i=>{let a=i.texData!=null&&i.texData.slice!=null&&i.texData.slice.flatOffset>0;if(r.enableShapeUniforms&&!i.isUniform){let l=i.texData.texShape,{useSqueezeShape:u,uniformShape:c,keptDims:p}=Qd(r.packedInputs,i.shape,l),m="",d="",f="";if(c.length===1&&r.packedInputs){let I=[Math.ceil(l[0]/2),Math.ceil(l[1]/2)];m=`${I[0]>1}_${I[1]>1}`}else if(c.length===2&&!r.packedInputs)d=`${c[0]>1}_${c[1]>1}`;else if(c.length>2&&!r.packedInputs){let I=C.computeStrides(c);f=`${I[0]===l[1]}_${I[I.length-1]===l[1]}`}let h=i.shape.length,g=c.length===2&&C.arraysEqual(i.shape,l),x=C.sizeFromShape(i.shape)===1,y=S.getBroadcastDims(i.shape,e.shape),N=!r.packedInputs&&h===e.shape.length&&C.arraysEqual(l,e.texData.texShape),w=r.packedInputs||c.length>2?"":`${l[0]>1}_${l[1]>1}`;s+=`${h}_${N}_${u?p:""}_${c.length}_${x}_${y}_${g}_${m}_${d}_${f}_${w}_${a}`}else{let l=i.isUniform?"uniform":i.texData.texShape;s+=`${i.shape}_${l}_${a}`}});let n=r.userCode,o=r.constructor.name;return o+="_"+s+"_"+n+`${O().getNumber("WEBGL_VERSION")}`,o}function Rt(r){return O().getBool("WEBGL_USE_SHAPES_UNIFORMS")&&r<=4}var Zd=class{constructor(t){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outPackingScheme=an.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let e=Xt();this.outputShape=t,this.enableShapeUniforms=Rt(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?bo(["r","c","d"],t):Jr(["r","c","d"],t)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getA(rc.x, rc.y, rc.z);
        }

        ${e.output} = result;
      }
    `}};var Jd=class{constructor(t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outPackingScheme=an.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let e=Xt();this.outputShape=t,this.enableShapeUniforms=Rt(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?bo(["r","c","d"],t):Jr(["r","c","d"],t)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getChannel(getA(rc.x, rc.y, rc.z), vec2(rc.y, rc.z));
        }

        ${e.output} = result;
      }
    `}};var tf=class{constructor(t){this.variableNames=["A"],this.outTexUsage=ke.DOWNLOAD;let e=Xt();this.outputShape=t,this.userCode=`
      ${Yd}

      void main() {
        float x = getAAtOutCoords();
        ${e.output} = encode_float(x);
      }
    `}};var ef=class{constructor(t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outTexUsage=ke.DOWNLOAD;let e=Xt();this.outputShape=t,this.userCode=`
      ${Yd}

      void main() {
        ivec3 coords = getOutputCoords();
        float x = getChannel(getAAtOutCoords(), vec2(coords.y, coords.z));
        ${e.output} = encode_float(x);
      }
    `}};var HV={R:0,G:1,B:2,A:3},xc=class{constructor(t,e=!1,s="RGBA"){this.variableNames=["A"],this.customUniforms=[{name:"texShape",type:"ivec2"}];let n=Xt();this.outputShape=t,this.enableShapeUniforms=Rt(this.outputShape.length);let o="result";e&&(o="floor(result * 255. + 0.5)");let i="";for(let a=0;a<s.length;a++){let l=s[a];i+=`
          if(offset == ${a}) {
            result = values[${HV[l]}];
          }`}this.userCode=`
      ${this.enableShapeUniforms?$l():Rl(t)}

      void main() {
        ivec3 coords = getOutputCoords();
        int flatIndex = getFlatIndex(coords);
        float result = 0.;
        int offset = imod(flatIndex, ${s.length});

        flatIndex = idiv(flatIndex, ${s.length}, 1.);

        int r = flatIndex / texShape[1];
        if (r < texShape[0]) {
          int c = imod(flatIndex, texShape[1]);
          vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
          vec4 values = ${n.texture2D}(A, uv);
          ${i}
        }
        ${n.output} = vec4(${o}, 0., 0., 0.);
      }
    `}};var rf=class{constructor(t,e=!1){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.customUniforms=[{name:"texShape",type:"ivec2"}];let s=Xt();this.outputShape=t,this.enableShapeUniforms=Rt(this.outputShape.length);let n="",o="result";e&&(o="floor(result * 255. + 0.5)");for(let i=0;i<=1;i++)for(let a=0;a<=1;a++){let l=i*2+a;n+=`
          localCoords = coords;
          if(localCoords[2] + ${a} < ${this.enableShapeUniforms?"outShape[2]":`${t[2]}`}) {
          localCoords[2] += ${a};
          if (localCoords[1] + ${i} < ${this.enableShapeUniforms?"outShape[1]":`${t[1]}`}) {
            localCoords[1] += ${i};

            flatIndex = getFlatIndex(localCoords);
            offset = imod(flatIndex, 4);

            flatIndex = idiv(flatIndex, 4, 1.);

            int r = flatIndex / texShape[1];
            int c = imod(flatIndex, texShape[1]);
            vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
            values = ${s.texture2D}(A, uv);

            if (offset == 0) {
              result[${l}] = values[0];
            } else if (offset == 1) {
              result[${l}] = values[1];
            } else if (offset == 2) {
              result[${l}] = values[2];
            } else {
              result[${l}] = values[3];
            }
          }
        }
        `}this.userCode=`
        ${this.enableShapeUniforms?$l():Rl(t)}

        void main() {
          ivec3 coords = getOutputCoords();

          vec4 result = vec4(0.);
          int flatIndex, r, c, offset;
          ivec3 localCoords;
          vec2 uv;
          vec4 values;

          ${n}

          ${s.output} = ${o};
        }
    `}};var Cb={};Bt(Cb,{bindVertexProgramAttributeStreams:()=>mb,createBufferFromOutputTexture:()=>hb,createFloat16MatrixTexture:()=>lb,createFloat16PackedMatrixTexture:()=>pb,createFloat32MatrixTexture:()=>ab,createIndexBuffer:()=>ib,createPackedMatrixTexture:()=>cb,createUnsignedBytesMatrixTexture:()=>ub,createVertexBuffer:()=>ob,createVertexShader:()=>nb,downloadByteEncodedFloatMatrixFromOutputTexture:()=>xb,downloadFloat32MatrixFromBuffer:()=>gb,downloadMatrixFromPackedOutputTexture:()=>bb,downloadPackedMatrixFromBuffer:()=>yb,getInternalFormatForFloat16MatrixTexture:()=>nf,getInternalFormatForFloat16PackedMatrixTexture:()=>lf,getInternalFormatForFloat32MatrixTexture:()=>sf,getInternalFormatForPackedMatrixTexture:()=>af,getInternalFormatForUnsignedBytesMatrixTexture:()=>of,uploadDenseMatrixToTexture:()=>db,uploadPixelDataToTexture:()=>fb});function nb(r){let t=Xt(),e=`${t.version}
    precision highp float;
    ${t.attribute} vec3 clipSpacePos;
    ${t.attribute} vec2 uv;
    ${t.varyingVs} vec2 resultUV;

    void main() {
      gl_Position = vec4(clipSpacePos, 1);
      resultUV = uv;
    }`;return Py(r,e)}function ob(r){let t=new Float32Array([-1,1,0,0,1,-1,-1,0,0,0,1,1,0,1,1,1,-1,0,1,0]);return Gy(r,t)}function ib(r){let t=new Uint16Array([0,1,2,2,1,3]);return Wy(r,t)}function yc(r,t,e,s,n,o){Hy(t,e);let i=Uy(r),a=r.TEXTURE_2D;return et(r,()=>r.bindTexture(a,i)),et(r,()=>r.texParameteri(a,r.TEXTURE_WRAP_S,r.CLAMP_TO_EDGE)),et(r,()=>r.texParameteri(a,r.TEXTURE_WRAP_T,r.CLAMP_TO_EDGE)),et(r,()=>r.texParameteri(a,r.TEXTURE_MIN_FILTER,r.NEAREST)),et(r,()=>r.texParameteri(a,r.TEXTURE_MAG_FILTER,r.NEAREST)),O().getNumber("WEBGL_VERSION")===1?et(r,()=>r.texImage2D(a,0,s,t,e,0,n,o,null)):et(r,()=>r.texStorage2D(a,1,s,t,e)),et(r,()=>r.bindTexture(r.TEXTURE_2D,null)),{texture:i,texShape:[e,t]}}function sf(r){return r.internalFormatFloat}function ab(r,t,e,s){let[n,o]=yo(t,e);return yc(r,n,o,sf(s),s.textureFormatFloat,r.FLOAT)}function nf(r){return r.internalFormatHalfFloat}function lb(r,t,e,s){let[n,o]=yo(t,e);return yc(r,n,o,nf(s),s.textureFormatFloat,s.textureTypeHalfFloat)}function of(r){return r.downloadTextureFormat}function ub(r,t,e,s){let[n,o]=yo(t,e);return yc(r,n,o,of(s),r.RGBA,r.UNSIGNED_BYTE)}function af(r){return r.internalFormatPackedFloat}function cb(r,t,e,s){let[n,o]=ms(t,e);return yc(r,n,o,af(s),r.RGBA,r.FLOAT)}function lf(r){return r.internalFormatPackedHalfFloat}function pb(r,t,e,s){let[n,o]=ms(t,e);return yc(r,n,o,lf(s),r.RGBA,s.textureTypeHalfFloat)}function mb(r,t,e){return et(r,()=>r.bindBuffer(r.ARRAY_BUFFER,e)),qd(r,t,"clipSpacePos",e,3,20,0)&&qd(r,t,"uv",e,2,20,12)}function db(r,t,e,s,n,o){et(r,()=>r.bindTexture(r.TEXTURE_2D,t));let i,a,l;n instanceof Uint8Array?(i=new Uint8Array(e*s*4),a=r.UNSIGNED_BYTE,l=r.RGBA):(i=new Float32Array(e*s*4),a=r.FLOAT,l=o.internalFormatPackedFloat),i.set(n),O().getNumber("WEBGL_VERSION")===2?et(r,()=>r.texSubImage2D(r.TEXTURE_2D,0,0,0,e,s,r.RGBA,a,i)):et(r,()=>r.texImage2D(r.TEXTURE_2D,0,l,e,s,0,r.RGBA,a,i)),et(r,()=>r.bindTexture(r.TEXTURE_2D,null))}function fb(r,t,e){et(r,()=>r.bindTexture(r.TEXTURE_2D,t)),e.data instanceof Uint8Array?O().getNumber("WEBGL_VERSION")===2?et(r,()=>r.texSubImage2D(r.TEXTURE_2D,0,0,0,e.width,e.height,r.RGBA,r.UNSIGNED_BYTE,e.data)):et(r,()=>r.texImage2D(r.TEXTURE_2D,0,r.RGBA,e.width,e.height,0,r.RGBA,r.UNSIGNED_BYTE,e.data)):O().getNumber("WEBGL_VERSION")===2?et(r,()=>r.texSubImage2D(r.TEXTURE_2D,0,0,0,r.RGBA,r.UNSIGNED_BYTE,e)):et(r,()=>r.texImage2D(r.TEXTURE_2D,0,r.RGBA,r.RGBA,r.UNSIGNED_BYTE,e)),et(r,()=>r.bindTexture(r.TEXTURE_2D,null))}function hb(r,t,e,s){let n=r.createBuffer();et(r,()=>r.bindBuffer(r.PIXEL_PACK_BUFFER,n));let a=4*4*t*e;return et(r,()=>r.bufferData(r.PIXEL_PACK_BUFFER,a,r.STREAM_READ)),et(r,()=>r.readPixels(0,0,e,t,r.RGBA,r.FLOAT,0)),et(r,()=>r.bindBuffer(r.PIXEL_PACK_BUFFER,null)),n}function gb(r,t,e){let s=r,n=new Float32Array(e);return s.bindBuffer(s.PIXEL_PACK_BUFFER,t),s.getBufferSubData(s.PIXEL_PACK_BUFFER,0,n),s.bindBuffer(s.PIXEL_PACK_BUFFER,null),n}function xb(r,t,e,s){let[n,o]=yo(t,e),i=4,a=new Uint8Array(xk(t*e,i));return et(r,()=>r.readPixels(0,0,n,o,s.downloadTextureFormat,r.UNSIGNED_BYTE,a)),new Float32Array(a.buffer)}function yb(r,t,e,s,n,o,i,a){let l=r,u=new Float32Array(yk(o,i));return l.bindBuffer(l.PIXEL_PACK_BUFFER,t),l.getBufferSubData(l.PIXEL_PACK_BUFFER,0,u),l.bindBuffer(l.PIXEL_PACK_BUFFER,null),u}function bb(r,t,e){let s=new Float32Array(t*e*4);return et(r,()=>r.readPixels(0,0,e,t,r.RGBA,r.FLOAT,s)),s}var wo=class{constructor(t){this.outputTexture=null,this.program=null,this.disposed=!1,this.itemsToPoll=[];let e=O().getNumber("WEBGL_VERSION");if(t!=null?(this.gl=t,Fy(e,t)):this.gl=cr(e),t=this.gl,O().getNumber("WEBGL_VERSION")===2){let o=t;this.createVertexArray=()=>et(o,()=>o.createVertexArray()),this.bindVertexArray=i=>et(o,()=>o.bindVertexArray(i)),this.deleteVertexArray=i=>et(o,()=>o.deleteVertexArray(i)),this.getVertexArray=()=>et(o,()=>o.getParameter(o.VERTEX_ARRAY_BINDING))}else if(t!=null){let o=t.getExtension("OES_vertex_array_object");if(o==null)throw new Error("All WebGL1 implementations are expected to offer OES_vertex_array_object.");this.createVertexArray=()=>et(t,()=>o.createVertexArrayOES()),this.bindVertexArray=i=>et(t,()=>o.bindVertexArrayOES(i)),this.deleteVertexArray=i=>et(t,()=>o.deleteVertexArrayOES(i)),this.getVertexArray=()=>et(t,()=>t.getParameter(o.VERTEX_ARRAY_BINDING_OES))}let s="WEBGL_color_buffer_float",n="EXT_color_buffer_half_float";if(this.parallelCompilationExtension=this.gl.getExtension("KHR_parallel_shader_compile"),O().getNumber("WEBGL_VERSION")===1){let o="OES_texture_float",i="OES_texture_half_float";if(this.textureFloatExtension=Tl(this.gl,o),pr(this.gl,i))this.textureHalfFloatExtension=Tl(this.gl,i);else if(O().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support half float textures, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.");if(this.colorBufferFloatExtension=this.gl.getExtension(s),pr(this.gl,n))this.colorBufferHalfFloatExtension=Tl(this.gl,n);else if(O().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support color renderable half floats, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.")}else if(s="EXT_color_buffer_float",pr(this.gl,s))this.colorBufferFloatExtension=this.gl.getExtension(s);else if(pr(this.gl,n))this.colorBufferHalfFloatExtension=this.gl.getExtension(n);else throw new Error("GL context does not support color renderable floats");this.vertexBuffer=ob(this.gl),this.indexBuffer=ib(this.gl),this.framebuffer=Ky(this.gl),this.textureConfig=fc(this.gl,this.textureHalfFloatExtension)}get debug(){return O().getBool("DEBUG")}dispose(){if(this.disposed)return;this.program!=null&&console.warn("Disposing a GPGPUContext that still has a bound WebGLProgram. This is probably a resource leak, delete the program with GPGPUContext.deleteProgram before disposing."),this.outputTexture!=null&&console.warn("Disposing a GPGPUContext that still has a bound output matrix texture.  This is probably a resource leak, delete the output matrix texture with GPGPUContext.deleteMatrixTexture before disposing.");let t=this.gl;et(t,()=>t.finish()),et(t,()=>t.bindFramebuffer(t.FRAMEBUFFER,null)),et(t,()=>t.deleteFramebuffer(this.framebuffer)),et(t,()=>t.bindBuffer(t.ARRAY_BUFFER,null)),et(t,()=>t.bindBuffer(t.ELEMENT_ARRAY_BUFFER,null)),et(t,()=>t.deleteBuffer(this.indexBuffer)),this.disposed=!0}createFloat32MatrixTexture(t,e){return this.throwIfDisposed(),ab(this.gl,t,e,this.textureConfig)}createFloat16MatrixTexture(t,e){return this.throwIfDisposed(),lb(this.gl,t,e,this.textureConfig)}createUnsignedBytesMatrixTexture(t,e){return this.throwIfDisposed(),ub(this.gl,t,e,this.textureConfig)}uploadPixelDataToTexture(t,e){this.throwIfDisposed(),fb(this.gl,t,e)}uploadDenseMatrixToTexture(t,e,s,n){this.throwIfDisposed(),db(this.gl,t,e,s,n,this.textureConfig)}createFloat16PackedMatrixTexture(t,e){return this.throwIfDisposed(),pb(this.gl,t,e,this.textureConfig)}createPackedMatrixTexture(t,e){return this.throwIfDisposed(),cb(this.gl,t,e,this.textureConfig)}deleteMatrixTexture(t){this.throwIfDisposed(),this.outputTexture===t&&(jd(this.gl,this.framebuffer),this.outputTexture=null),et(this.gl,()=>this.gl.deleteTexture(t))}downloadByteEncodedFloatMatrixFromOutputTexture(t,e,s){return this.downloadMatrixDriver(t,()=>xb(this.gl,e,s,this.textureConfig))}downloadPackedMatrixFromBuffer(t,e,s,n,o,i){return yb(this.gl,t,e,s,n,o,i,this.textureConfig)}downloadFloat32MatrixFromBuffer(t,e){return gb(this.gl,t,e)}createBufferFromTexture(t,e,s){this.bindTextureToFrameBuffer(t);let n=hb(this.gl,e,s,this.textureConfig);return this.unbindTextureToFrameBuffer(),n}createAndWaitForFence(){let t=this.createFence(this.gl);return this.pollFence(t)}createFence(t){let e,s;if(O().getBool("WEBGL_FENCE_API_ENABLED")){let n=t,o=n.fenceSync(n.SYNC_GPU_COMMANDS_COMPLETE,0);t.flush(),s=()=>{let i=n.clientWaitSync(o,0,0);return i===n.ALREADY_SIGNALED||i===n.CONDITION_SATISFIED},e=o}else O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0?(e=this.beginQuery(),this.endQuery(),s=()=>this.isQueryAvailable(e,O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))):s=()=>!0;return{query:e,isFencePassed:s}}downloadMatrixFromPackedTexture(t,e,s){return this.downloadMatrixDriver(t,()=>bb(this.gl,e,s))}createProgram(t){this.throwIfDisposed();let e=this.gl;this.vertexShader==null&&(this.vertexShader=nb(e));let s=By(e);et(e,()=>e.attachShader(s,this.vertexShader)),et(e,()=>e.attachShader(s,t)),My(e,s);let n=Object.assign(s,{vao:this.createVertexArray()});return this.debug&&hc(e,n),n}buildVao(t){this.setProgram(t),this.bindVertexArray(t.vao);let e=this.gl;et(e,()=>e.bindBuffer(e.ELEMENT_ARRAY_BUFFER,this.indexBuffer)),mb(e,t,this.vertexBuffer)}deleteProgram(t){this.throwIfDisposed(),t===this.program&&(this.program=null),t!=null&&(et(this.gl,()=>this.gl.deleteProgram(t)),this.deleteVertexArray(t.vao))}setProgram(t){this.throwIfDisposed(),this.program=t,this.program!=null&&this.debug&&hc(this.gl,this.program),et(this.gl,()=>this.gl.useProgram(t))}getUniformLocation(t,e,s=!0){return this.throwIfDisposed(),s?qy(this.gl,t,e):jy(this.gl,t,e)}getAttributeLocation(t,e){return this.throwIfDisposed(),et(this.gl,()=>this.gl.getAttribLocation(t,e))}getUniformLocationNoThrow(t,e){return this.throwIfDisposed(),this.gl.getUniformLocation(t,e)}setInputMatrixTexture(t,e,s){this.throwIfDisposed(),this.throwIfNoProgram(),Xy(this.gl,t,e,s)}setOutputMatrixTexture(t,e,s){this.setOutputMatrixTextureDriver(t,s,e)}setOutputPackedMatrixTexture(t,e,s){this.throwIfDisposed();let[n,o]=ms(e,s);this.setOutputMatrixTextureDriver(t,n,o)}setOutputMatrixWriteRegion(t,e,s,n){this.setOutputMatrixWriteRegionDriver(s,t,n,e)}setOutputPackedMatrixWriteRegion(t,e,s,n){throw new Error("setOutputPackedMatrixWriteRegion not implemented.")}debugValidate(){this.program!=null&&hc(this.gl,this.program),kl(this.gl)}executeProgram(){this.throwIfDisposed(),this.throwIfNoProgram();let t=this.gl;if(this.debug){let e=this.getVertexArray();console.assert(e===this.program.vao,"VAO changed between setProgram and executeProgram!"),this.debugValidate()}et(t,()=>t.drawElements(t.TRIANGLES,6,t.UNSIGNED_SHORT,0))}blockUntilAllProgramsCompleted(){this.throwIfDisposed(),et(this.gl,()=>this.gl.finish())}getQueryTimerExtension(){return this.disjointQueryTimerExtension==null&&(this.disjointQueryTimerExtension=Tl(this.gl,O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2?"EXT_disjoint_timer_query_webgl2":"EXT_disjoint_timer_query")),this.disjointQueryTimerExtension}getQueryTimerExtensionWebGL2(){return this.getQueryTimerExtension()}getQueryTimerExtensionWebGL1(){return this.getQueryTimerExtension()}beginQuery(){if(O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let s=this.gl,n=this.getQueryTimerExtensionWebGL2(),o=s.createQuery();return s.beginQuery(n.TIME_ELAPSED_EXT,o),o}let t=this.getQueryTimerExtensionWebGL1(),e=t.createQueryEXT();return t.beginQueryEXT(t.TIME_ELAPSED_EXT,e),e}endQuery(){if(O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let e=this.gl,s=this.getQueryTimerExtensionWebGL2();e.endQuery(s.TIME_ELAPSED_EXT);return}let t=this.getQueryTimerExtensionWebGL1();t.endQueryEXT(t.TIME_ELAPSED_EXT)}async waitForQueryAndGetTime(t){return await C.repeatedTry(()=>this.disposed||this.isQueryAvailable(t,O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))),this.getQueryTime(t,O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))}getQueryTime(t,e){if(e===0)return null;if(e===2){let s=this.gl;return s.getQueryParameter(t,s.QUERY_RESULT)/1e6}else{let s=this.getQueryTimerExtensionWebGL1();return s.getQueryObjectEXT(t,s.QUERY_RESULT_EXT)/1e6}}isQueryAvailable(t,e){if(e===0)return!0;if(e===2){let s=this.gl,n=this.getQueryTimerExtensionWebGL2(),o=s.getQueryParameter(t,s.QUERY_RESULT_AVAILABLE);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(n.GPU_DISJOINT_EXT)),o&&!this.disjoint}else{let s=this.getQueryTimerExtensionWebGL1(),n=s.getQueryObjectEXT(t,s.QUERY_RESULT_AVAILABLE_EXT);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(s.GPU_DISJOINT_EXT)),n&&!this.disjoint}}pollFence(t){return new Promise(e=>{this.addItemToPoll(()=>t.isFencePassed(),()=>e())})}pollItems(){let t=KV(this.itemsToPoll.map(e=>e.isDoneFn));for(let e=0;e<=t;++e){let{resolveFn:s}=this.itemsToPoll[e];s()}this.itemsToPoll=this.itemsToPoll.slice(t+1)}addItemToPoll(t,e){if(this.itemsToPoll.push({isDoneFn:t,resolveFn:e}),this.itemsToPoll.length>1)return;let s;"setTimeoutCustom"in O().platform&&(s=O().platform.setTimeoutCustom.bind(O().platform)),C.repeatedTry(()=>(this.pollItems(),this.itemsToPoll.length===0),()=>0,null,s)}bindTextureToFrameBuffer(t){this.throwIfDisposed(),gc(this.gl,t,this.framebuffer),this.debug&&kl(this.gl)}unbindTextureToFrameBuffer(){this.outputTexture!=null?(gc(this.gl,this.outputTexture,this.framebuffer),this.debug&&kl(this.gl)):jd(this.gl,this.framebuffer)}downloadMatrixDriver(t,e){this.bindTextureToFrameBuffer(t);let s=e();return this.unbindTextureToFrameBuffer(),s}setOutputMatrixTextureDriver(t,e,s){this.throwIfDisposed();let n=this.gl;gc(n,t,this.framebuffer),this.debug&&kl(n),this.outputTexture=t,et(n,()=>n.viewport(0,0,e,s)),et(n,()=>n.scissor(0,0,e,s))}setOutputMatrixWriteRegionDriver(t,e,s,n){this.throwIfDisposed(),et(this.gl,()=>this.gl.scissor(t,e,s,n))}throwIfDisposed(){if(this.disposed)throw new Error("Attempted to use disposed GPGPUContext.")}throwIfNoProgram(){if(this.program==null)throw new Error("No GPU program is currently set.")}};function KV(r){let t=0;for(;t<r.length&&r[t]();++t);return t-1}var{addImpl:Dk,bincountImpl:uf,bincountReduceImpl:Ok,bitwiseAndImpl:Fk,castImpl:_k,ceilImpl:Lk,concatImpl:zk,equalImpl:Pk,expImpl:Vk,expm1Impl:Bk,floorImpl:Mk,gatherNdImpl:Gk,gatherV2Impl:Wk,greaterImpl:Uk,greaterEqualImpl:Hk,lessImpl:Kk,lessEqualImpl:qk,linSpaceImpl:jk,logImpl:Xk,maxImpl:Yk,maximumImpl:Qk,minimumImpl:Zk,multiplyImpl:Jk,negImpl:t1,notEqualImpl:e1,prodImpl:r1,raggedGatherImpl:s1,raggedRangeImpl:n1,raggedTensorToTensorImpl:o1,rangeImpl:i1,rsqrtImpl:a1,scatterImpl:l1,sigmoidImpl:u1,simpleAbsImpl:cf,sliceImpl:c1,sparseFillEmptyRowsImpl:p1,sparseReshapeImpl:m1,sparseSegmentReductionImpl:pf,sqrtImpl:d1,staticRegexReplaceImpl:f1,stridedSliceImpl:h1,stringNGramsImpl:g1,stringSplitImpl:x1,stringToHashBucketFastImpl:y1,subImpl:b1,tileImpl:C1,topKImpl:w1,transposeImpl:No,uniqueImpl:N1}=tx;function wb(r,t){return["x","y","z","w","u","v"].slice(0,t).map(e=>`${r}.${e}`)}function te(r,t){return t===1?[r]:wb(r,t)}function S1(r,t){if(r===1)return"rc";let e="";for(let s=0;s<r;s++)e+=t[s],s<r-1&&(e+=",");return e}var mf=class{constructor(t){if(this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outputShape=t,this.rank=t.length,this.enableShapeUniforms=Rt(this.outputShape.length),this.rank===0)this.userCode=`
        void main() {
          setOutput(vec4(getA(), 0., 0., 0.));
        }
      `;else{let e=te("rc",this.rank),s=ht(this.rank),n=this.getOutOfBoundsCondition(e),o=this.getSetup(e),i=this.getOutput(e);this.userCode=`
        void main() {
          ${s} rc = getOutputCoords();

          if(${n}) {
            setOutput(vec4(0));
          } else {
            ${o}

            setOutput(vec4(${i}));
          }
        }
      `}}getSourceCoordsArr(t){let e=[];for(let s=0;s<=1;s++)for(let n=0;n<=1;n++){let o=`${s===0?"r":"rp1"}, ${n===0?"c":"cp1"}`;for(let i=2;i<this.rank;i++)o=`${t[t.length-1-i]},`+o;e.push(o)}return e}getOutOfBoundsCondition(t){if(this.rank===1)return`rc > ${this.enableShapeUniforms?"outShape":this.outputShape[0]}`;let e="";for(let s=this.rank-2;s<this.rank;s++)e+=`${t[s]} >= ${this.enableShapeUniforms?`outShape[${s}]`:this.outputShape[s]}`,s<this.rank-1&&(e+="||");return e}getSetup(t){if(this.rank===1)return"";let e=t.slice(-2),s=this.enableShapeUniforms?`outShape[${this.rank} - 1]`:this.outputShape[this.rank-1],n=this.enableShapeUniforms?`outShape[${this.rank} - 2]`:this.outputShape[this.rank-2];return`
      int r = ${e[0]};
      int c = ${e[1]};
      int rp1 = r + 1;
      int cp1 = c + 1;

      bool cEdge = cp1 >= ${s};
      bool rEdge = rp1 >= ${n};
    `}getOutput(t){let e=this.getSourceCoordsArr(t);return this.rank===1?`getA(rc), (rc + 1 >= ${this.enableShapeUniforms?"outShape":this.outputShape[0]} ? 0. : getA(rc + 1)), 0, 0`:`getA(${e[0]}),
            cEdge ? 0. : getA(${e[1]}),
            rEdge ? 0. : getA(${e[2]}),
            rEdge || cEdge ? 0. : getA(${e[3]})`}};var zl=class{constructor(t,e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec3"}],this.outputShape=t,this.enableShapeUniforms=Rt(this.outputShape.length);let s="";for(let n=0;n<4;n++){let o="thisRC = rc;";n%2===1&&(o+="thisRC.z += 1;"),n>1&&(o+="thisRC.y += 1;"),s+=`
        ${o}
        ${n>0?"if(thisRC.y < rows && thisRC.z < cols){":""}
          int flatIndex = getFlatIndex(thisRC);

          ivec3 inputRC = inputCoordsFromReshapedOutCoords(flatIndex);
          vec2 inputRCInnerDims = vec2(float(inputRC.y),float(inputRC.z));

          result[${n}] =
            getChannel(getA(inputRC.x, inputRC.y, inputRC.z), inputRCInnerDims);
        ${n>0?"}":""}
      `}this.userCode=`
      ${qV(e,this.enableShapeUniforms)}
      ${this.enableShapeUniforms?$l():Rl(t)}

      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0.);

        ivec3 thisRC;
        int rows = ${this.enableShapeUniforms?"outShape[1]":t[1]};
        int cols = ${this.enableShapeUniforms?"outShape[2]":t[2]};

        ${s}

        setOutput(result);
      }
    `}};function qV(r,t){return`
    ivec3 inputCoordsFromReshapedOutCoords(int index) {
      ${t?Sk(["r","c","d"],"inputShape"):Jr(["r","c","d"],r)}
      return ivec3(r, c, d);
    }
  `}var df=class{constructor(t){this.gpgpu=t,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0,this.freeTextures={},this.usedTextures={},this.logEnabled=!1}acquireTexture(t,e,s){let n=v1(e,s),o=T1(t,n,s);o in this.freeTextures||(this.freeTextures[o]=[]),o in this.usedTextures||(this.usedTextures[o]=[]);let i=I1(t,n,this.gpgpu.gl,this.gpgpu.textureConfig,s);if(this.freeTextures[o].length>0){this.numFreeTextures--,this.numUsedTextures++,this._numBytesFree-=i,this.log();let l=this.freeTextures[o].pop();return this.usedTextures[o].push(l),l}let a;return n===Se.PACKED_2X2_FLOAT32?a=this.gpgpu.createPackedMatrixTexture(t[0],t[1]):n===Se.PACKED_2X2_FLOAT16?a=this.gpgpu.createFloat16PackedMatrixTexture(t[0],t[1]):n===Se.UNPACKED_FLOAT32?a=this.gpgpu.createFloat32MatrixTexture(t[0],t[1]):n===Se.UNPACKED_FLOAT16?a=this.gpgpu.createFloat16MatrixTexture(t[0],t[1]):n===Se.PACKED_4X1_UNSIGNED_BYTE&&(a=this.gpgpu.createUnsignedBytesMatrixTexture(t[0],t[1])),this.usedTextures[o].push(a),this.numUsedTextures++,this._numBytesAllocated+=i,this.log(),a}releaseTexture(t,e,s,n){if(this.freeTextures==null)return;let o=v1(s,n),i=T1(e,o,n);i in this.freeTextures||(this.freeTextures[i]=[]);let a=I1(e,o,this.gpgpu.gl,this.gpgpu.textureConfig,n),l=O().getNumber("WEBGL_DELETE_TEXTURE_THRESHOLD");l!==-1&&this._numBytesAllocated>l?(this.gpgpu.deleteMatrixTexture(t.texture),this._numBytesAllocated-=a):(this.freeTextures[i].push(t),this.numFreeTextures++,this._numBytesFree+=a),this.numUsedTextures--;let u=this.usedTextures[i],c=u&&u.indexOf(t);if(c==null||c<0)throw new Error("Cannot release a texture that was never provided by this texture manager");u[c]=u[u.length-1],u.pop(),this.log()}log(){if(!this.logEnabled)return;let t=this.numFreeTextures+this.numUsedTextures;console.log("Free/Used",`${this.numFreeTextures} / ${this.numUsedTextures}`,`(${t})`);let e=this._numBytesFree/this._numBytesAllocated;console.log(`Bytes allocated: ${this._numBytesAllocated}`),console.log(`Bytes unused: ${this._numBytesFree} (${Math.round(100*e)}%)`)}get numBytesAllocated(){return this._numBytesAllocated}get numBytesFree(){return this._numBytesFree}getNumUsedTextures(){return this.numUsedTextures}getNumFreeTextures(){return this.numFreeTextures}dispose(){if(this.freeTextures!=null){for(let t in this.freeTextures)this.freeTextures[t].forEach(e=>{this.gpgpu.deleteMatrixTexture(e.texture)});for(let t in this.usedTextures)this.usedTextures[t].forEach(e=>{this.gpgpu.deleteMatrixTexture(e.texture)});this.freeTextures=null,this.usedTextures=null,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0}}};function jV(r,t){let e=r;if(t===e.R32F)return 4;if(t===e.R16F)return 2;if(t===e.RGBA32F)return 16;if(t===r.RGBA)return 16;if(t===e.RGBA16F)return 8;if(t===e.RGBA8)return 4;throw new Error(`Unknown internal format ${t}`)}function I1(r,t,e,s,n){let o=XV(t,s),i;if(n){let[l,u]=ms(r[0],r[1]);i=l*u}else{let[l,u]=yo(r[0],r[1]);i=l*u}let a=jV(e,o);return i*a}function XV(r,t){switch(r){case Se.PACKED_2X2_FLOAT32:return af(t);case Se.PACKED_2X2_FLOAT16:return lf(t);case Se.UNPACKED_FLOAT32:return sf(t);case Se.UNPACKED_FLOAT16:return nf(t);case Se.PACKED_4X1_UNSIGNED_BYTE:return of(t);default:throw new Error(`Unknown physical texture type ${r}`)}}function YV(r){return O().getBool("WEBGL_RENDER_FLOAT32_ENABLED")?r?Se.PACKED_2X2_FLOAT32:Se.UNPACKED_FLOAT32:r?Se.PACKED_2X2_FLOAT16:Se.UNPACKED_FLOAT16}function v1(r,t){if(r===ke.UPLOAD)return Se.PACKED_2X2_FLOAT32;if(r===ke.RENDER||r==null)return YV(t);if(r===ke.DOWNLOAD||r===ke.PIXELS)return Se.PACKED_4X1_UNSIGNED_BYTE;throw new Error(`Unknown logical texture type ${r}`)}function T1(r,t,e){return`${r[0]}_${r[1]}_${t}_${e}`}var Ie=class{constructor(t,e){this.variableNames=["A"],this.outputShape=t,this.enableShapeUniforms=Rt(this.outputShape.length),this.userCode=`
      float unaryOperation(float x) {
        ${e}
      }

      void main() {
        float x = getAAtOutCoords();
        float y = unaryOperation(x);

        setOutput(y);
      }
    `}},me="if (isnan(x)) return x;",k1="return x;",Nb="return abs(x);";var A1="return (x >= 0.0) ? x : (exp(x) - 1.0);",E1=me+`
  return (x < 0.0) ? 0.0 : x;
`,R1=me+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,ds="return x;",$1="return 1.0 / (1.0 + exp(-1.0 * x));";var O1="return x;",F1=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,_1=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,L1=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,z1="return 1.0 / (1.0 + exp(-1.0 * x));",Ze=class{constructor(t,e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=t,this.enableShapeUniforms=Rt(this.outputShape.length),this.userCode=`
      vec4 unaryOperation(vec4 x) {
        ${e}
      }

      void main() {
        vec4 x = getAAtOutCoords();
        vec4 y = unaryOperation(x);

        setOutput(y);
      }
    `}};var ff=class{constructor(t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outputShape=t,this.enableShapeUniforms=Rt(this.outputShape.length);let e=t.length,s=te("rc",e),n=ht(e),o=S1(e,s),i=s.slice(-2),a=e<=1?"rc":`vec2(${i.join(",")})`;this.userCode=`
      void main() {
        ${n} rc = getOutputCoords();
        vec4 packedInput = getA(${o});

        setOutput(getChannel(packedInput, ${a}));
      }
    `}};var ZV=Le.whereImpl,JV=1e-7,tB=1e-4,hf={};function eB(r){return r in hf||(hf[r]={}),hf[r]}var rB=O().getNumber("CPU_HANDOFF_SIZE_THRESHOLD"),sB=600;function nB(){return O().global.screen==null?1024:O().global.screen.height*O().global.screen.width*window.devicePixelRatio*sB/1024/1024}var Pl=class r extends kc{nextDataId(){return r.nextDataId++}constructor(t){if(super(),this.pendingRead=new WeakMap,this.pendingDisposal=new WeakSet,this.dataRefCount=new WeakMap,this.numBytesInGPU=0,this.uploadWaitMs=0,this.downloadWaitMs=0,this.lastGlFlushTime=0,this.warnedAboutMemory=!1,this.pendingDeletes=0,this.disposed=!1,!O().getBool("HAS_WEBGL"))throw new Error("WebGL is not supported on this device");let e;if(t!=null){if(t instanceof wo)e=t;else{let s=cr(O().getNumber("WEBGL_VERSION"),t);e=new wo(s)}this.binaryCache={},this.gpgpuCreatedLocally=!1}else{let s=cr(O().getNumber("WEBGL_VERSION"));e=new wo(s),this.binaryCache=eB(O().getNumber("WEBGL_VERSION")),this.gpgpuCreatedLocally=!0}this.gpgpu=e,this.canvas=this.gpgpu.gl.canvas,this.textureManager=new df(this.gpgpu),this.numMBBeforeWarning=nB(),this.texData=new Tc(this,Sr())}numDataIds(){return this.texData.numDataIds()-this.pendingDeletes}writeTexture(t,e,s,n,o,i){let a=this.makeTensorInfo(e,s),l=this.texData.get(a.dataId);l.isPacked=!1,l.texture={texture:t,texShape:[n,o]},l.texShape=[n,o];let u=Al(e),c=new xc(u,!1,i),p=this.runWebGLProgram(c,[a],s,[[n,o]]);return p.shape=e,l.texture=null,this.disposeIntermediateTensorInfo(a),p.dataId}write(t,e,s){if((O().getBool("WEBGL_CHECK_NUMERICAL_PROBLEMS")||O().getBool("DEBUG"))&&this.checkNumericalProblems(t),s==="complex64"&&t!=null)throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");let n={id:this.nextDataId()};return this.texData.set(n,{shape:e,dtype:s,values:t,usage:ke.UPLOAD,refCount:1}),n}refCount(t){return this.texData.has(t)?this.texData.get(t).refCount:0}incRef(t){let e=this.texData.get(t);e.refCount++}decRef(t){if(this.texData.has(t)){let e=this.texData.get(t);e.refCount--}}move(t,e,s,n,o){if(O().getBool("DEBUG")&&this.checkNumericalProblems(e),n==="complex64")throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");this.texData.set(t,{shape:s,dtype:n,values:e,usage:ke.UPLOAD,refCount:o})}disposeIntermediateTensorInfo(t){this.disposeData(t.dataId)}readSync(t){let e=this.texData.get(t),{values:s,dtype:n,complexTensorInfos:o,slice:i,shape:a,isPacked:l}=e;if(i!=null){let m;l?m=new Ze(a,ds):m=new Ie(a,ds);let d=this.runWebGLProgram(m,[{dataId:t,shape:a,dtype:n}],n),f=this.readSync(d.dataId);return this.disposeIntermediateTensorInfo(d),f}if(s!=null)return this.convertAndCacheOnCPU(t);if(n==="string")return s;let u=this.activeTimers!=null,c;u&&(c=C.now());let p;if(n==="complex64"){let m=this.readSync(o.real.dataId),d=this.readSync(o.imag.dataId);p=S.mergeRealAndImagArrays(m,d)}else p=this.getValuesFromTexture(t);return u&&(this.downloadWaitMs+=C.now()-c),this.convertAndCacheOnCPU(t,p)}async read(t){if(this.pendingRead.has(t)){let f=this.pendingRead.get(t);return new Promise(h=>f.push(h))}let e=this.texData.get(t),{values:s,shape:n,slice:o,dtype:i,complexTensorInfos:a,isPacked:l}=e;if(o!=null){let f;l?f=new Ze(n,ds):f=new Ie(n,ds);let h=this.runWebGLProgram(f,[{dataId:t,shape:n,dtype:i}],i),g=this.read(h.dataId);return this.disposeIntermediateTensorInfo(h),g}if(s!=null)return this.convertAndCacheOnCPU(t);if(O().getBool("DEBUG")&&!O().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")&&O().getNumber("WEBGL_VERSION")===2)throw new Error("tensor.data() with WEBGL_DOWNLOAD_FLOAT_ENABLED=false and WEBGL_VERSION=2 not yet supported.");let u=null,c;if(i!=="complex64"&&O().get("WEBGL_BUFFER_SUPPORTED")){c=this.decode(t);let f=this.texData.get(c.dataId);u=this.gpgpu.createBufferFromTexture(f.texture.texture,...dc(n))}this.pendingRead.set(t,[]),i!=="complex64"&&await this.gpgpu.createAndWaitForFence();let p;if(i==="complex64"){let f=await Promise.all([this.read(a.real.dataId),this.read(a.imag.dataId)]),h=f[0],g=f[1];p=S.mergeRealAndImagArrays(h,g)}else if(u==null)p=this.getValuesFromTexture(t);else{let f=C.sizeFromShape(n);p=this.gpgpu.downloadFloat32MatrixFromBuffer(u,f)}if(c!=null&&this.disposeIntermediateTensorInfo(c),u!=null){let f=this.gpgpu.gl;et(f,()=>f.deleteBuffer(u))}let m=this.convertAndCacheOnCPU(t,p),d=this.pendingRead.get(t);return this.pendingRead.delete(t),d.forEach(f=>f(m)),this.pendingDisposal.has(t)&&(this.pendingDisposal.delete(t),this.disposeData(t)&&Sr().removeDataId(t,this),this.pendingDeletes--),m}readToGPU(t,e={}){let s=this.texData.get(t),{values:n,shape:o,slice:i,dtype:a,isPacked:l,texture:u}=s;if(a==="complex64")throw new Error("Does not support reading texture for complex64 dtype.");if(i!=null){let d;l?d=new Ze(o,ds):d=new Ie(o,ds);let f=this.runWebGLProgram(d,[{dataId:t,shape:o,dtype:a}],a),h=this.readToGPU(f,e);return this.disposeIntermediateTensorInfo(f),h}if(u==null)throw n!=null?new Error("Data is not on GPU but on CPU."):new Error("There is no data on GPU or CPU.");let c=this.decode(t,e.customTexShape),p=Sr().makeTensorFromTensorInfo(c),m=this.texData.get(c.dataId);return Object.assign({tensorRef:p},m.texture)}bufferSync(t){let e=this.readSync(t.dataId);if(t.dtype==="string")try{let s=e.map(n=>C.decodeString(n));return Tt(t.shape,t.dtype,s)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return Tt(t.shape,t.dtype,e)}checkNumericalProblems(t){if(t!=null)for(let e=0;e<t.length;e++){let s=t[e];if(!zy(s))throw O().getBool("WEBGL_RENDER_FLOAT32_CAPABLE")?Error(`The value ${s} cannot be represented with your current settings. Consider enabling float32 rendering: 'tf.env().set('WEBGL_RENDER_FLOAT32_ENABLED', true);'`):Error(`The value ${s} cannot be represented on this device.`)}}getValuesFromTexture(t){let{shape:e,dtype:s,isPacked:n}=this.texData.get(t),o=C.sizeFromShape(e);if(O().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")){let m=this.decode(t),d=this.texData.get(m.dataId),f=this.gpgpu.downloadMatrixFromPackedTexture(d.texture.texture,...dc(e)).subarray(0,o);return this.disposeIntermediateTensorInfo(m),f}let i=O().getBool("WEBGL_PACK")&&n===!0,a=i?Al(e):e,l=i?new ef(a):new tf(a),u=this.runWebGLProgram(l,[{shape:a,dtype:s,dataId:t}],"float32"),c=this.texData.get(u.dataId),p=this.gpgpu.downloadByteEncodedFloatMatrixFromOutputTexture(c.texture.texture,c.texShape[0],c.texShape[1]).subarray(0,o);return this.disposeIntermediateTensorInfo(u),p}timerAvailable(){return O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0}time(t){let e=this.activeTimers,s=[],n=!1;this.programTimersStack==null?(this.programTimersStack=s,n=!0):this.activeTimers.push(s),this.activeTimers=s,t();let o=C.flatten(this.activeTimers.map(l=>l.query)).filter(l=>l!=null),i=C.flatten(this.activeTimers.map(l=>l.name)).filter(l=>l!=null);this.activeTimers=e,n&&(this.programTimersStack=null);let a={uploadWaitMs:this.uploadWaitMs,downloadWaitMs:this.downloadWaitMs,kernelMs:null,wallMs:null};return(async()=>{if(O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0){let l=await Promise.all(o);a.kernelMs=C.sum(l),a.getExtraProfileInfo=()=>l.map((u,c)=>({name:i[c],ms:u})).map(u=>`${u.name}: ${u.ms}`).join(", ")}else a.kernelMs={error:"WebGL query timers are not supported in this environment."};return this.uploadWaitMs=0,this.downloadWaitMs=0,a})()}memory(){return{unreliable:!1,numBytesInGPU:this.numBytesInGPU,numBytesInGPUAllocated:this.textureManager.numBytesAllocated,numBytesInGPUFree:this.textureManager.numBytesFree}}startTimer(){return O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?this.gpgpu.beginQuery():{startMs:C.now(),endMs:null}}endTimer(t){return O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?(this.gpgpu.endQuery(),t):(t.endMs=C.now(),t)}async getQueryTime(t){if(O().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0)return this.gpgpu.waitForQueryAndGetTime(t);let e=t;return e.endMs-e.startMs}disposeData(t,e=!1){if(this.pendingDisposal.has(t))return!1;if(!this.texData.has(t))return!0;if(e?this.texData.get(t).refCount=0:this.texData.get(t).refCount--,!e&&this.texData.get(t).refCount>0)return!1;if(this.pendingRead.has(t))return this.pendingDisposal.add(t),this.pendingDeletes++,!1;this.releaseGPUData(t);let{complexTensorInfos:s}=this.texData.get(t);return s!=null&&(this.disposeData(s.real.dataId,e),this.disposeData(s.imag.dataId,e)),this.texData.delete(t),!0}releaseGPUData(t){let{texture:e,dtype:s,texShape:n,usage:o,isPacked:i,slice:a}=this.texData.get(t),l=a&&a.origDataId||t,u=this.dataRefCount.get(l);u>1?this.dataRefCount.set(l,u-1):(this.dataRefCount.delete(l),e!=null&&(this.numBytesInGPU-=this.computeBytes(n,s),this.textureManager.releaseTexture(e,n,o,i)));let c=this.texData.get(t);c.texture=null,c.texShape=null,c.isPacked=!1,c.slice=null}getTexture(t){return this.uploadToGPU(t),this.texData.get(t).texture.texture}getDataInfo(t){return this.texData.get(t)}shouldExecuteOnCPU(t,e=rB){return O().getBool("WEBGL_CPU_FORWARD")&&t.every(s=>this.texData.get(s.dataId).texture==null&&C.sizeFromShape(s.shape)<e)}getGPGPUContext(){return this.gpgpu}where(t){S.warn("tf.where() in webgl locks the UI thread. Call tf.whereAsync() instead");let e=t.dataSync();return ZV(t.shape,e)}packedUnaryOp(t,e,s){let n=new Ze(t.shape,e),o=this.compileAndRun(n,[t],s);return Sr().makeTensorFromTensorInfo(o)}abs(t){if(this.shouldExecuteOnCPU([t])&&t.dtype!=="complex64"){let n=cf(this.texData.get(t.dataId).values);return this.makeOutput(t.shape,t.dtype,n)}if(O().getBool("WEBGL_PACK_UNARY_OPERATIONS"))return this.packedUnaryOp(t,Nb,t.dtype);let e=new Ie(t.shape,Nb),s=this.compileAndRun(e,[t]);return Sr().makeTensorFromTensorInfo(s)}makeTensorInfo(t,e,s){let n;if(e==="string"&&s!=null&&s.length>0&&C.isString(s[0])){let o=s.map(i=>C.encodeString(i));n=this.write(o,t,e)}else n=this.write(s,t,e);return this.texData.get(n).usage=null,{dataId:n,shape:t,dtype:e}}makeOutput(t,e,s){return Sr().makeTensorFromTensorInfo(this.makeTensorInfo(t,e,s),this)}unpackTensor(t){let e=new ff(t.shape);return this.runWebGLProgram(e,[t],t.dtype)}packTensor(t){let e=new mf(t.shape);return this.runWebGLProgram(e,[t],t.dtype,null,!0)}packedReshape(t,e){let s=[Ls(t.shape),...zs(t.shape)],n={dtype:t.dtype,shape:s,dataId:t.dataId},o=[Ls(e),...zs(e)],i=new zl(o,s),a=!0,l=[s],u=this.runWebGLProgram(i,[n],t.dtype,l,a);return{dataId:u.dataId,shape:e,dtype:u.dtype}}decode(t,e){let s=this.texData.get(t),{isPacked:n,shape:o,dtype:i}=s;if(e!=null){let m=C.sizeFromShape(o),d=e[0]*e[1]*4;C.assert(m<=d,()=>"customTexShape is too small. Row * Column * 4 should be equal or larger than the size of the tensor data.")}let a=Al(o),l;n?l=new Jd(a):l=new Zd(a);let u=!0,c=[e??dc(a)],p=this.runWebGLProgram(l,[{shape:a,dtype:i,dataId:t}],i,c,u,e);return{dtype:i,shape:o,dataId:p.dataId}}runWebGLProgram(t,e,s,n,o=!1,i){let a=this.makeTensorInfo(t.outputShape,s),l=this.texData.get(a.dataId);if(t.packedOutput&&(l.isPacked=!0),t.outPackingScheme===an.DENSE){let x=i??dc(t.outputShape);l.texShape=x.map(y=>y*2)}if(t.outTexUsage!=null&&(l.usage=t.outTexUsage),C.sizeFromShape(a.shape)===0)return l.values=C.getTypedArrayFromDType(a.dtype,0),a;let u=[],c=e.map(x=>{if(x.dtype==="complex64")throw new Error("GPGPUProgram does not support complex64 input. For complex64 dtypes, please separate the program into real and imaginary parts.");let y=this.texData.get(x.dataId);if(y.texture==null){if(!t.packedInputs&&C.sizeFromShape(x.shape)<=O().getNumber("WEBGL_SIZE_UPLOAD_UNIFORM"))return{shape:x.shape,texData:null,isUniform:!0,uniformValues:y.values};t.packedInputs&&(y.isPacked=!0,y.shape=x.shape)}if(this.uploadToGPU(x.dataId),!!y.isPacked!=!!t.packedInputs)x=y.isPacked?this.unpackTensor(x):this.packTensor(x),u.push(x),y=this.texData.get(x.dataId);else if(y.isPacked&&!ln(y.shape,x.shape)){let N=x,w=x.shape;x.shape=y.shape,x=this.packedReshape(x,w),u.push(x),y=this.texData.get(x.dataId),N.shape=w}return{shape:x.shape,texData:y,isUniform:!1}});this.uploadToGPU(a.dataId);let p={shape:a.shape,texData:l,isUniform:!1},m=$k(t,c,p),d=this.getAndSaveBinary(m,()=>Ek(this.gpgpu,t,c,p)),f=this.activeTimers!=null,h;f&&(h=this.startTimer()),O().get("ENGINE_COMPILE_ONLY")||Rk(this.gpgpu,d,c,p,n),u.forEach(x=>this.disposeIntermediateTensorInfo(x)),f&&(h=this.endTimer(h),this.activeTimers.push({name:t.constructor.name,query:this.getQueryTime(h)}));let g=O().getNumber("WEBGL_FLUSH_THRESHOLD");if(g>0){let x=C.now();x-this.lastGlFlushTime>g&&(this.gpgpu.gl.flush(),this.lastGlFlushTime=x)}if(!O().getBool("WEBGL_LAZILY_UNPACK")&&l.isPacked&&o===!1){let x=this.unpackTensor(a);return this.disposeIntermediateTensorInfo(a),x}return a}compileAndRun(t,e,s,n,o=!1){return s=s||e[0].dtype,this.runWebGLProgram(t,e,s,n,o)}getAndSaveBinary(t,e){return t in this.binaryCache||(this.binaryCache[t]=e()),this.binaryCache[t]}getTextureManager(){return this.textureManager}dispose(){this.disposed||(O().getBool("IS_TEST")||Object.keys(this.binaryCache).forEach(e=>{this.gpgpu.deleteProgram(this.binaryCache[e].webGLProgram),delete this.binaryCache[e]}),this.textureManager.dispose(),this.canvas!=null&&typeof HTMLCanvasElement<"u"&&this.canvas instanceof HTMLCanvasElement?this.canvas.remove():this.canvas=null,this.gpgpuCreatedLocally&&(this.gpgpu.program=null,this.gpgpu.dispose()),this.disposed=!0)}floatPrecision(){return this.floatPrecisionValue==null&&(this.floatPrecisionValue=$(()=>{if(!O().get("WEBGL_RENDER_FLOAT32_ENABLED")){let t=O().getBool("DEBUG");O().set("DEBUG",!1);let e=this.abs(dt(1e-8)).dataSync()[0];if(O().set("DEBUG",t),e>0)return 32}return 16})),this.floatPrecisionValue}epsilon(){return this.floatPrecision()===32?JV:tB}uploadToGPU(t){let e=this.texData.get(t),{shape:s,dtype:n,values:o,texture:i,usage:a,isPacked:l}=e;if(i!=null)return;let u=this.activeTimers!=null,c;u&&(c=C.now());let p=e.texShape;if(p==null&&(p=Yy(s,l),e.texShape=p),o!=null){let m=Al(s),d,f=p[1],h=p[0],g=o instanceof Uint8Array||o instanceof Uint8ClampedArray;(l||!g)&&([f,h]=ms(p[0],p[1])),l?d=new rf(m,g):d=new xc(m,g);let x=g?[h,f]:p,y=this.makeTensorInfo(x,n),N=this.texData.get(y.dataId);g?N.usage=ke.PIXELS:N.usage=ke.UPLOAD,N.texShape=x,this.gpgpu.uploadDenseMatrixToTexture(this.getTexture(y.dataId),f,h,o);let w=[[h,f]],T=this.runWebGLProgram(d,[y],n,w,!0),A=this.texData.get(T.dataId);e.texShape=A.texShape,e.isPacked=A.isPacked,e.usage=A.usage,O().get("ENGINE_COMPILE_ONLY")?this.disposeData(T.dataId):(e.texture=A.texture,e.values=null,this.texData.delete(T.dataId)),this.disposeIntermediateTensorInfo(y),u&&(this.uploadWaitMs+=C.now()-c)}else{let m=this.acquireTexture(p,a,n,l);e.texture=m}}convertAndCacheOnCPU(t,e){let s=this.texData.get(t),{dtype:n}=s;return e!=null&&(s.values=oB(e,n)),s.values}acquireTexture(t,e,s,n){if(this.numBytesInGPU+=this.computeBytes(t,s),!this.warnedAboutMemory&&this.numBytesInGPU>this.numMBBeforeWarning*1024*1024){let o=(this.numBytesInGPU/1024/1024).toFixed(2);this.warnedAboutMemory=!0,console.warn(`High memory usage in GPU: ${o} MB, most likely due to a memory leak`)}return this.textureManager.acquireTexture(t,e,n)}computeBytes(t,e){return t[0]*t[1]*C.bytesPerElement(e)}checkCompileCompletion(){for(let[,t]of Object.entries(this.binaryCache))this.checkCompletion_(t)}async checkCompileCompletionAsync(){let t=[];if(this.gpgpu.parallelCompilationExtension){for(let[,e]of Object.entries(this.binaryCache))t.push(this.checkCompletionAsync_(e));return Promise.all(t)}else{for(let[,e]of Object.entries(this.binaryCache)){let s=new Promise(n=>{try{this.checkCompletion_(e),n(!0)}catch(o){throw o}});t.push(s)}return Promise.all(t)}}async checkCompletionAsync_(t){return this.gpgpu.gl.getProgramParameter(t.webGLProgram,this.gpgpu.parallelCompilationExtension.COMPLETION_STATUS_KHR)?this.checkCompletion_(t):(await Xp(),this.checkCompletionAsync_(t))}checkCompletion_(t){if(this.gpgpu.gl.getProgramParameter(t.webGLProgram,this.gpgpu.gl.LINK_STATUS)===!1)throw console.log(this.gpgpu.gl.getProgramInfoLog(t.webGLProgram)),this.gpgpu.gl.getShaderParameter(t.fragmentShader,this.gpgpu.gl.COMPILE_STATUS)===!1?(Kd(t.source,this.gpgpu.gl.getShaderInfoLog(t.fragmentShader)),new Error("Failed to compile fragment shader.")):new Error("Failed to link vertex and fragment shaders.");return!0}getUniformLocations(){for(let t of Object.values(this.binaryCache)){this.gpgpu.buildVao(t.webGLProgram);let{variablesLocations:e,customUniformLocations:s,infLoc:n,nanLoc:o,outShapeLocation:i,outShapeStridesLocation:a,outTexShapeLocation:l}=sb(this.gpgpu,t.program,t.webGLProgram);t.variablesLocations=e,t.customUniformLocations=s,t.infLoc=n,t.nanLoc=o,t.outShapeLocation=i,t.outShapeStridesLocation=a,t.outTexShapeLocation=l}}createTensorFromGPUData(t,e,s){t.channels=t.channels||"RGBA";let{texture:n,height:o,width:i,channels:a}=t,l=Sr().backend;if(!l.gpgpu.gl.isTexture(n))throw new Error("The texture is invalid. Also, please make sure the texture and the TFJS WebGL backend are using the same canvas. If you want to use your own custom canvas, you have to create and use the custom TFJS WebGL backend created from the canvas through 'new tf.MathBackendWebGL(customCanvas)'.");let u=l.writeTexture(n,e,s,o,i,a);return Sr().makeTensorFromDataId(u,e,s,l)}};Pl.nextDataId=0;function oB(r,t){if(t==="float32"||t==="complex64")return r;if(t==="int32"||t==="bool"){let e=t==="int32"?new Int32Array(r.length):new Uint8Array(r.length);for(let s=0;s<e.length;++s)e[s]=Math.round(r[s]);return e}else throw new Error(`Unknown dtype ${t}`)}var Sb="4.22.0";function P1(){O().set("WEBGL_FORCE_F16_TEXTURES",!0)}su.isBrowser()&&Mp("webgl",()=>new Pl,2);var qvt={forceHalfFloat:P1};var Vl=`
  if (isnan(a)) return a;
  if (isnan(b)) return b;
`;var Je=class{constructor(t,e,s){this.variableNames=["A","B"],this.outputShape=S.assertAndGetBroadcastShape(e,s),this.enableShapeUniforms=Rt(this.outputShape.length),this.userCode=`
      float binaryOperation(float a, float b) {
        ${t}
      }

      void main() {
        float a = getAAtOutCoords();
        float b = getBAtOutCoords();
        setOutput(binaryOperation(a, b));
      }
    `}};var dr=`
  result.r = isNaN.r ? NAN : result.r;
  result.g = isNaN.g ? NAN : result.g;
  result.b = isNaN.b ? NAN : result.b;
  result.a = isNaN.a ? NAN : result.a;
`;var mr=class{constructor(t,e,s,n=!1){this.variableNames=["A","B"],this.supportsBroadcasting=!0,this.packedInputs=!0,this.packedOutput=!0,this.outputShape=S.assertAndGetBroadcastShape(e,s);let o=this.outputShape.length;this.enableShapeUniforms=Rt(o);let i="";if(n)if(o===0||C.sizeFromShape(this.outputShape)===1)i=`
          result.y = 0.;
          result.z = 0.;
          result.w = 0.;
        `;else if(i=`
          ${ht(o)} coords = getOutputCoords();
        `,o===1)this.enableShapeUniforms?i+=`
            result.y = (coords + 1) >= outShape ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `:i+=`
            result.y = (coords + 1) >= ${this.outputShape[0]} ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `;else{let l=te("coords",o);this.enableShapeUniforms?i+=`
            bool nextRowOutOfBounds =
              (${l[o-2]} + 1) >= outShape[${o} - 2];
            bool nextColOutOfBounds =
              (${l[o-1]} + 1) >= outShape[${o} - 1];
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `:i+=`
            bool nextRowOutOfBounds =
              (${l[o-2]} + 1) >= ${this.outputShape[o-2]};
            bool nextColOutOfBounds =
              (${l[o-1]} + 1) >= ${this.outputShape[o-1]};
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `}this.userCode=`
      vec4 binaryOperation(vec4 a, vec4 b) {
        ${t}
      }

      void main() {
        vec4 a = getAAtOutCoords();
        vec4 b = getBAtOutCoords();

        vec4 result = binaryOperation(a, b);
        ${i}

        setOutput(result);
      }
    `}};function ee(r){let{inputs:t,backend:e}=r,{x:s}=t;return e.incRef(s.dataId),{dataId:s.dataId,shape:s.shape,dtype:s.dtype}}var V1={kernelName:Zc,backendName:"webgl",kernelFunc:ee};function tr(r){let{inputs:t,backend:e}=r,{real:s,imag:n}=t,o=e.makeTensorInfo(s.shape,"complex64"),i=e.texData.get(o.dataId),a=ee({inputs:{x:s},backend:e}),l=ee({inputs:{x:n},backend:e});return i.complexTensorInfos={real:a,imag:l},o}var B1={kernelName:qb,backendName:"webgl",kernelFunc:tr};var Ib="return (a < 0.) ? b * a : a;",vb=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function iB(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{alpha:o}=s,i=e.makeTensorInfo([],"float32",C.createScalarValue(o,"float32")),a=O().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new mr(vb,n.shape,i.shape):new Je(Ib,n.shape,i.shape),l=e.runWebGLProgram(a,[n,i],"float32");return e.disposeIntermediateTensorInfo(i),l}var M1={kernelName:Zo,backendName:"webgl",kernelFunc:iB};var Tb="return (a < 0.) ? b * a : a;",kb=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function aB(r){let{inputs:t,backend:e}=r,{x:s,alpha:n}=t,o=O().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new mr(kb,s.shape,n.shape):new Je(Tb,s.shape,n.shape);return e.runWebGLProgram(o,[s,n],"float32")}var G1={kernelName:mi,backendName:"webgl",kernelFunc:aB};var zr="if (isnan(x)) return x;";function nt({opSnippet:r,packedOpSnippet:t,cpuKernelImpl:e,dtype:s}){return({inputs:n,backend:o})=>{let{x:i}=n,a=o,l=s||i.dtype;if(a.shouldExecuteOnCPU([i])&&e!=null){let p=a.texData.get(i.dataId),m=e(p.values,l);return a.makeTensorInfo(i.shape,l,m)}let u=O().getBool("WEBGL_PACK_UNARY_OPERATIONS")&&t!=null,c;return u?c=new Ze(i.shape,t):c=new Ie(i.shape,r),a.runWebGLProgram(c,[i],l)}}function At({opSnippet:r,packedOpSnippet:t,checkOutOfBounds:e=!1,supportsComplex:s=!1,cpuKernelImpl:n,dtype:o}){return({inputs:i,backend:a})=>{let{a:l,b:u}=i,c=a;if(s&&l.dtype==="complex64"){let f=c.texData.get(l.dataId),h=c.texData.get(u.dataId),[g,x]=[[f.complexTensorInfos.real,h.complexTensorInfos.real],[f.complexTensorInfos.imag,h.complexTensorInfos.imag]].map(N=>{let[w,I]=N,T={dataId:w.dataId,dtype:w.dtype,shape:l.shape},A={dataId:I.dataId,dtype:I.dtype,shape:u.shape},E=new Je(r,l.shape,u.shape);return c.runWebGLProgram(E,[T,A],He(w.dtype,I.dtype))}),y=tr({inputs:{real:g,imag:x},backend:c});return c.disposeIntermediateTensorInfo(g),c.disposeIntermediateTensorInfo(x),y}let p=o||He(l.dtype,u.dtype);if((l.dtype==="string"||u.dtype==="string"||c.shouldExecuteOnCPU([l,u]))&&n!=null){let f=c.texData.get(l.dataId).values,h=c.texData.get(u.dataId).values,g=l.dtype==="string"?S.fromUint8ToStringArray(f):f,x=l.dtype==="string"?S.fromUint8ToStringArray(h):h,[y,N]=n(l.shape,u.shape,g,x,p),w=c.makeTensorInfo(N,p),I=c.texData.get(w.dataId);return I.values=y,w}let m=O().getBool("WEBGL_PACK_BINARY_OPERATIONS")&&t!=null,d;return m?d=new mr(t,l.shape,u.shape,e):d=new Je(r,l.shape,u.shape),c.runWebGLProgram(d,[l,u],p)}}function Ps(r,t=!1){if(r==="linear")return t?O1:k1;if(r==="relu")return t?_1:E1;if(r==="elu")return t?F1:A1;if(r==="relu6")return t?L1:R1;if(r==="prelu")return t?kb:Tb;if(r==="leakyrelu")return t?vb:Ib;if(r==="sigmoid")return t?z1:$1;throw new Error(`Activation ${r} has not been implemented for the WebGL backend.`)}var Bl=class{constructor(t,e,s,n=!1,o=!1,i=!1,a=null,l=!1,u=!1){this.variableNames=["matrixA","matrixB"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=s,this.enableShapeUniforms=Rt(this.outputShape.length);let c=n?t[1]:t[2],p=Math.ceil(c/2),m=n?"i * 2, rc.y":"rc.y, i * 2",d=o?"rc.z, i * 2":"i * 2, rc.z",f=n?["a.xxyy","a.zzww"]:["a.xxzz","a.yyww"],h=o?["b.xzxz","b.ywyw"]:["b.xyxy","b.zwzw"],g="",x="";a&&(l?g=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${a}
        }`:u?g=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${a}
        }`:g=`vec4 activation(vec4 x) {
          ${a}
        }`,x="result = activation(result);");let y=i?"result += getBiasAtOutCoords();":"";i&&this.variableNames.push("bias"),l&&this.variableNames.push("preluActivationWeights"),u&&this.variableNames.push("leakyreluAlpha");let N="rc.x",w="rc.x";t[0]<e[0]?N=`imod(rc.x, ${t[0]})`:e[0]<t[0]&&(w=`imod(rc.x, ${e[0]})`),this.userCode=`
      ${g}
      // Don't use uniform for sharedDimensionPacked for performance.
      const float sharedDimension = ${p}.0;

      vec4 dot2x2ARowBCol(ivec3 rc) {
        vec4 result = vec4(0);
        int batchA = ${N};
        int batchB = ${w};
        for (int i = 0; i < ${p}; i++) {
          vec4 a = getMatrixA(batchA, ${m});
          vec4 b = getMatrixB(batchB, ${d});

          // These swizzled products need to be separately added.
          // See: https://github.com/tensorflow/tfjs/issues/1735
          result += (${f[0]} * ${h[0]});
          result += (${f[1]} * ${h[1]});
        }
        return result;
      }

      void main() {
        ivec3 rc = getOutputCoords();
        vec4 result = dot2x2ARowBCol(rc);

        ${y}

        ${x}

        setOutput(result);
      }
    `}};var Ab={REAL:"return areal * breal - aimag * bimag;",IMAG:"return areal * bimag + aimag * breal;"},bc=class{constructor(t,e,s){this.variableNames=["AReal","AImag","BReal","BImag"],this.outputShape=S.assertAndGetBroadcastShape(e,s),this.userCode=`
      float binaryOpComplex(
          float areal, float aimag, float breal, float bimag) {
        ${t}
      }

      void main() {
        float areal = getARealAtOutCoords();
        float aimag = getAImagAtOutCoords();
        float breal = getBRealAtOutCoords();
        float bimag = getBImagAtOutCoords();
        setOutput(binaryOpComplex(areal, aimag, breal, bimag));
      }
    `}};var W1="return a * b;";function Cc(r){let{inputs:t,backend:e}=r,{a:s,b:n}=t,o=S.upcastType(s.dtype,n.dtype);if(s.dtype==="complex64"){let a=e.texData.get(s.dataId),l=e.texData.get(n.dataId),u=new bc(Ab.REAL,s.shape,n.shape),c=new bc(Ab.IMAG,s.shape,n.shape),p=[{dataId:a.complexTensorInfos.real.dataId,dtype:a.complexTensorInfos.real.dtype,shape:s.shape},{dataId:a.complexTensorInfos.imag.dataId,dtype:a.complexTensorInfos.imag.dtype,shape:s.shape},{dataId:l.complexTensorInfos.real.dataId,dtype:l.complexTensorInfos.real.dtype,shape:n.shape},{dataId:l.complexTensorInfos.imag.dataId,dtype:l.complexTensorInfos.imag.dtype,shape:n.shape}],m=e.runWebGLProgram(u,p,"float32"),d=e.runWebGLProgram(c,p,"float32"),f=tr({inputs:{real:m,imag:d},backend:e});return e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(d),f}if(e.shouldExecuteOnCPU([s,n])){let a=e.texData.get(s.dataId),l=e.texData.get(n.dataId),[u,c]=Jk(s.shape,n.shape,a.values,l.values,o),p=e.makeTensorInfo(c,o),m=e.texData.get(p.dataId);return m.values=u,p}let i;return O().getBool("WEBGL_PACK_BINARY_OPERATIONS")?i=new mr(W1,s.shape,n.shape):i=new Je(W1,s.shape,n.shape),e.runWebGLProgram(i,[s,n],o)}var U1={kernelName:ip,backendName:"webgl",kernelFunc:Cc};function H1(r,t,e){let s=[Ls(r.shape),...zs(r.shape)],n={dtype:r.dtype,shape:s,dataId:r.dataId},o=[Ls(t),...zs(t)],i=new zl(o,s),a=!0,l=[s],u=e.runWebGLProgram(i,[n],r.dtype,l,a);return{dataId:u.dataId,shape:t,dtype:u.dtype}}function q(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{shape:o}=s,i=e,a=C.sizeFromShape(n.shape),l=C.inferFromImplicitShape(o,a),u=C.sizeFromShape(l);C.assert(a===u,()=>`The new shape (${l}) has ${u} elements and the old shape (${n.shape}) has ${a} elements. The new shape and old shape must have the same number of elements.`);let c=i.texData.get(n.dataId);return c.isPacked&&!ln(n.shape,l)&&!(c.texture!==null&&ln(c.shape,l))?H1(n,l,i):(i.incRef(n.dataId),{dataId:n.dataId,shape:l,dtype:n.dtype})}var K1={kernelName:di,backendName:"webgl",kernelFunc:q};var wc=class{constructor(t,e){this.variableNames=["x"];let{windowSize:s,batchSize:n,inSize:o,outSize:i}=t;this.outputShape=[n,i];let a=Math.floor(s/4)*4,l=s%4,u="sumValue += dot(values, ones);";if(e!=null){let p=1/e;u=`sumValue += dot(values * ${C.isInt(p)?p.toPrecision(2):p}, ones);`}let c="";o%s>0&&(c=`
        if (inIdx < 0 || inIdx >= ${o}) {
          return 0.0;
        }
      `),this.userCode=`
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${c}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${s};

        float sumValue = 0.0;

        for (int i = 0; i < ${a}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${u}
        }

        int inIdx = inOffset + ${a};
        if (${l===1}) {
          vec4 values = vec4(getValue(batch, inIdx), 0.0, 0.0, 0.0);

          ${u}
        } else if (${l===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1), 0.0, 0.0);

          ${u}
        } else if (${l===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2), 0.0);

          ${u}
        }
        setOutput(sumValue);
      }
    `}};var gf=class{constructor(t,e){this.variableNames=["x"];let{windowSize:s,batchSize:n,inSize:o,outSize:i}=t;this.outputShape=[n,i];let a="0.0",l="";e==="prod"?a="1.0":e==="min"?(a="1.0 / 1e-20",l="min"):e==="max"&&(a="-1.0 / 1e-20",l="max");let u=`${e}(${e}(${e}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;e==="sum"?u="sumValue":e==="prod"?u="prodValue":e==="all"?u="allValue":e==="any"&&(u="anyValue");let c=Math.floor(s/4)*4,p=s%4,m=`
      if (${e==="sum"}) {
        sumValue += dot(values, ones);
      } else if (${e==="prod"}) {
        vec2 tmp = vec2(values[0], values[1]) * vec2(values[2], values[3]);
        prodValue *= tmp[0] * tmp[1];
      } else {
        minMaxValue = ${l}(values, minMaxValue);
        if (${e==="min"} || ${e==="max"}) {
          minMaxValue = ${l}(values, minMaxValue);
          bvec4 isNaN = isnan(values);
          if (isNaN.r || isNaN.g || isNaN.b || isNaN.a) {
            minMaxValue = vec4(NAN);
          }
        }
      }
    `,d="vec4";e==="all"?(a="1.0",m=`
        bool reducedAllValue = all(values);
        float floatedReducedAllValue = float(reducedAllValue);
        allValue = float(allValue >= 1.0 && floatedReducedAllValue >= 1.0);
      `,d="bvec4"):e==="any"&&(a="0.0",m=`
        bool reducedAnyValue = any(values);
        float floatedReducedAnyValue = float(reducedAnyValue);
        anyValue = float(anyValue >= 1.0 || floatedReducedAnyValue >= 1.0);
      `,d="bvec4");let f="";o%s>0&&(f=`
        if (inIdx < 0 || inIdx >= ${o}) {
          return initializationValue;
        }
      `),this.userCode=`
      const float initializationValue = ${a};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${f}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${s};

        vec4 minMaxValue = vec4(${a});
        float prodValue = 1.0;
        float sumValue = 0.0;
        float allValue = 1.0;
        float anyValue = 0.0;

        for (int i = 0; i < ${c}; i += 4) {
          int inIdx = inOffset + i;
          ${d} values = ${d}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${m}
        }

        int inIdx = inOffset + ${c};
        if (${p===1}) {
          ${d} values = ${d}(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          ${m}
        } else if (${p===2}) {
          ${d} values = ${d}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          ${m}
        } else if (${p===3}) {
          ${d} values = ${d}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          ${m}
        }
        setOutput(${u});
      }
    `}};function uB(r){let t=[];for(;t.length===0||t[t.length-1].outSize!==1;){let e=t.length?t[t.length-1].outSize:r[1],s=S.computeOptimalWindowSize(e);t.push({inSize:e,windowSize:s,outSize:Math.ceil(e/s)})}return t}function fr(r,t,e,s){let n=uB(r.shape),o=r;for(let i=0;i<n.length;i++){let{inSize:a,windowSize:l,outSize:u}=n[i],c,p;e==="mean"?c=i===0?new wc({windowSize:l,inSize:a,batchSize:r.shape[0],outSize:u},a):new wc({windowSize:l,inSize:a,batchSize:r.shape[0],outSize:u}):c=new gf({windowSize:l,inSize:a,batchSize:r.shape[0],outSize:u},e),p=o,o=s.runWebGLProgram(c,[o],t),p.dataId!==r.dataId&&s.disposeIntermediateTensorInfo(p)}return o}var xf=class{constructor(t,e){this.variableNames=["A"];let s=new Array(t.length);for(let i=0;i<s.length;i++)s[i]=t[e[i]];this.outputShape=s,this.rank=s.length;let n=ht(this.rank),o=cB(e);this.userCode=`
    void main() {
      ${n} resRC = getOutputCoords();
      setOutput(getA(${o}));
    }
    `}};function cB(r){let t=r.length;if(t>6)throw Error(`Transpose for rank ${t} is not yet supported`);let e=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u","resRC.v"],s=new Array(t);for(let n=0;n<r.length;n++)s[r[n]]=e[n];return s.join()}var yf=class{constructor(t,e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0;let s=new Array(t.length);for(let c=0;c<s.length;c++)s[c]=t[e[c]];if(this.outputShape=s,this.rank=s.length,this.rank>6)throw Error(`Packed transpose for rank ${this.rank} is not yet supported.`);let n=ht(this.rank),o=wb("rc",this.rank),i=new Array(this.rank);for(let c=0;c<e.length;c++)i[e[c]]=o[c];let a=`vec2(${i.slice(-2).join()})`,l=`++${o[this.rank-1]} < ${s[this.rank-1]}`,u=`getChannel(getA(${i.join()}), ${a})`;this.userCode=`
    void main() {
      ${n} rc = getOutputCoords();
      vec4 result = vec4(0.);
      result[0] = ${u};
      if(${l}) {
        result[1] = ${u};
      }
      --${o[this.rank-1]};
      if(++${o[this.rank-2]} < ${s[this.rank-2]}) {
        result[2] = ${u};
        if(${l}) {
          result[3] = ${u};
        }
      }
      setOutput(result);
    }
    `}};function un(r,t,e){let s=O().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new yf(r.shape,t):new xf(r.shape,t);return e.runWebGLProgram(s,[r],r.dtype)}function q1(r,t,e,s){let n=t,o=r.shape.length,i=C.parseAxisParam(n,r.shape),a=i,l=S.getAxesPermutation(a,o),u=l!=null,c=r;u&&(c=un(r,l,s),a=S.getInnerMostAxes(a.length,o)),S.assertAxesAreInnerMostDims("sum",a,o);let[p,m]=S.computeOutAndReduceShapes(c.shape,a),d=p;e&&(d=S.expandShapeToKeepDim(p,i));let f=C.sizeFromShape(m),g=C.sizeFromShape(r.shape)/f,x=q({inputs:{x:c},attrs:{shape:[g,f]},backend:s}),y=Ri(r.dtype),N=fr(x,y,"sum",s),w=q({inputs:{x:N},attrs:{shape:d},backend:s});return s.disposeIntermediateTensorInfo(x),s.disposeIntermediateTensorInfo(N),u&&s.disposeIntermediateTensorInfo(c),w}function So(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,keepDims:i}=s;return q1(n,o,i,e)}var j1={kernelName:"Sum",backendName:"webgl",kernelFunc:So};function Wt(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{perm:o}=s,i=e,a=n.shape.length,l=new Array(a);for(let c=0;c<l.length;c++)l[c]=n.shape[o[c]];let u;if(i.shouldExecuteOnCPU([n])){let p=i.texData.get(n.dataId).values,m=No(p,n.shape,n.dtype,o,l);u=i.makeTensorInfo(l,n.dtype);let d=i.texData.get(u.dataId);d.values=m}else u=un(n,o,i);return u}var X1={kernelName:Fp,backendName:"webgl",kernelFunc:Wt};var Eb=1e3;function Io({a:r,b:t,transposeA:e,transposeB:s,backend:n,bias:o=null,preluActivationWeights:i=null,leakyreluAlpha:a=0,activation:l=null}){let u=r.shape.length,c=t.shape.length,p=e?r.shape[u-2]:r.shape[u-1],m=s?t.shape[c-1]:t.shape[c-2],d=e?r.shape[u-1]:r.shape[u-2],f=s?t.shape[c-2]:t.shape[c-1],h=r.shape.slice(0,-2),g=t.shape.slice(0,-2),x=C.sizeFromShape(h),y=C.sizeFromShape(g),w=js.assertAndGetBroadcastShape(r.shape.slice(0,-2),t.shape.slice(0,-2)).concat([d,f]);C.assert(p===m,()=>`Error in matMul: inner shapes (${p}) and (${m}) of Tensors with shapes ${r.shape} and ${t.shape} and transposeA=${e} and transposeB=${s} must match.`);let I=e?[x,p,d]:[x,d,p],T=s?[y,f,m]:[y,m,f],A=q({inputs:{x:r},backend:n,attrs:{shape:I}}),E=q({inputs:{x:t},backend:n,attrs:{shape:T}}),D=[A,E],F=Math.max(x,y),z=e?A.shape[1]:A.shape[2],W=o!=null,M=i!=null,G=l==="leakyrelu",P=l!=null?Ps(l,!0):null,B=W||M||G||P!=null,H;if((d===1||f===1)&&z>Eb&&B===!1){let K=A,Y=E;e&&(K=Wt({inputs:{x:A},backend:n,attrs:{perm:[0,2,1]}}),D.push(K)),s&&(Y=Wt({inputs:{x:E},backend:n,attrs:{perm:[0,2,1]}}),D.push(Y));let X=f!==1,J=f===1,Q=K;X&&(Q=q({inputs:{x:K},backend:n,attrs:{shape:[F,z,1]}}),D.push(Q));let rt=f===1?2:1,tt=Y;J&&(tt=q({inputs:{x:Y},backend:n,attrs:{shape:[F,1,z]}}),D.push(tt));let st=Cc({inputs:{a:Q,b:tt},backend:n});H=So({inputs:{x:st},backend:n,attrs:{axis:rt,keepDims:!0}}),D.push(st)}else{let K=He(r.dtype,t.dtype),Y=new Bl(I,T,[F,d,f],e,s,W,P,M,G),X=[A,E];if(o!=null&&X.push(o),M&&X.push(i),G){let J=n.makeTensorInfo([],"float32",C.createScalarValue(a,"float32"));X.push(J),D.push(J)}H=n.runWebGLProgram(Y,X,K)}let V=q({inputs:{x:H},backend:n,attrs:{shape:w}});D.push(H);for(let K of D)n.disposeIntermediateTensorInfo(K);return V}function pB(r){let{inputs:t,backend:e,attrs:s}=r,{a:n,b:o,bias:i,preluActivationWeights:a}=t,{transposeA:l,transposeB:u,activation:c,leakyreluAlpha:p}=s;return Io({a:n,b:o,transposeA:l,transposeB:u,backend:e,bias:i,preluActivationWeights:a,leakyreluAlpha:p,activation:c})}var Y1={kernelName:zp,backendName:"webgl",kernelFunc:pB};var Q1="return abs(x);";function mB(r){let{inputs:t,backend:e}=r,{x:s}=t;if(e.shouldExecuteOnCPU([s])&&s.dtype!=="complex64"){let o=e.texData.get(s.dataId),i=cf(o.values);return e.makeTensorInfo(s.shape,s.dtype,i)}let n;return O().getBool("WEBGL_PACK_UNARY_OPERATIONS")?n=new Ze(s.shape,Q1):n=new Ie(s.shape,Q1),e.runWebGLProgram(n,[s],s.dtype)}var Z1={kernelName:"Abs",backendName:"webgl",kernelFunc:mB};var dB=me+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return acos(x);
`,fB=nt({opSnippet:dB}),J1={kernelName:dn,backendName:"webgl",kernelFunc:fB};var hB=me+`
  if (x < 1.0) return NAN;
return log(x + sqrt(x * x - 1.0));`,gB=nt({opSnippet:hB}),tA={kernelName:fn,backendName:"webgl",kernelFunc:gB};var eA="return a + b;",xB=At({opSnippet:eA,packedOpSnippet:eA,supportsComplex:!0,cpuKernelImpl:Dk}),rA={kernelName:"Add",backendName:"webgl",kernelFunc:xB};var bf=class{constructor(t,e){this.outputShape=[],this.outputShape=t,this.variableNames=e.map((o,i)=>`T${i}`);let s=[];this.variableNames.forEach(o=>{s.push(`float v${o} = get${o}AtOutCoords();`)});let n=this.variableNames.map(o=>`v${o}`).join(" + ");this.userCode=`
      void main() {
        ${s.join(`
        `)}

        float result = ${n};
        setOutput(result);
      }
    `}};var Cf=class{constructor(t,e){this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=t,this.variableNames=e.map((o,i)=>`T${i}`);let s=[];this.variableNames.forEach(o=>{s.push(`vec4 v${o} = get${o}AtOutCoords();`)});let n=this.variableNames.map(o=>`v${o}`).join(" + ");this.userCode=`
      void main() {
        ${s.join(`
        `)}

        vec4 result = ${n};
        setOutput(result);
      }
    `}};function wf(r){let{inputs:t,backend:e}=r,s=t;if(s.length===1)return ee({inputs:{x:s[0]},backend:e});if(s.length>O().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER")){let l=Math.floor(s.length/2),u=wf({inputs:s.slice(0,l),backend:e}),c=wf({inputs:s.slice(l),backend:e});return wf({inputs:[u,c],backend:e})}let n=s.map(l=>l.dtype).reduce((l,u)=>He(l,u)),o=s.map(l=>l.shape),a=O().getBool("WEBGL_PACK")?new Cf(s[0].shape,o):new bf(s[0].shape,o);return e.runWebGLProgram(a,s,n)}var sA={kernelName:Ao,backendName:"webgl",kernelFunc:wf};function yB(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,keepDims:i}=s,a=n.shape.length,l=C.parseAxisParam(o,n.shape),u=l,c=S.getAxesPermutation(u,a),p=n;c!=null&&(p=Wt({inputs:{x:n},backend:e,attrs:{perm:c}}),u=S.getInnerMostAxes(u.length,a)),S.assertAxesAreInnerMostDims("all",u,a);let[m,d]=S.computeOutAndReduceShapes(p.shape,u),f=C.sizeFromShape(d),h=q({inputs:{x:p},backend:e,attrs:{shape:[-1,f]}}),g=fr(h,h.dtype,"all",e),x;if(i){let y=S.expandShapeToKeepDim(m,l);x=q({inputs:{x:g},backend:e,attrs:{shape:y}})}else x=q({inputs:{x:g},backend:e,attrs:{shape:m}});return e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(g),c!=null&&e.disposeIntermediateTensorInfo(p),x}var nA={kernelName:"All",backendName:"webgl",kernelFunc:yB};function bB(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,keepDims:i}=s,a=n.shape.length,l=C.parseAxisParam(o,n.shape),u=l,c=S.getAxesPermutation(u,a),p=n;c!=null&&(p=Wt({inputs:{x:n},backend:e,attrs:{perm:c}}),u=S.getInnerMostAxes(u.length,a)),S.assertAxesAreInnerMostDims("any",u,a);let[m,d]=S.computeOutAndReduceShapes(p.shape,u),f=C.sizeFromShape(d),h=q({inputs:{x:p},backend:e,attrs:{shape:[-1,f]}}),g=fr(h,h.dtype,"any",e),x;if(i){let y=S.expandShapeToKeepDim(m,l);x=q({inputs:{x:g},backend:e,attrs:{shape:y}})}else x=q({inputs:{x:g},backend:e,attrs:{shape:m}});return e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(g),c!=null&&e.disposeIntermediateTensorInfo(p),x}var oA={kernelName:"Any",backendName:"webgl",kernelFunc:bB};var Nf=class{constructor(t,e,s){this.variableNames=["A"];let{windowSize:n,batchSize:o,outSize:i}=t;s||this.variableNames.push("bestIndicesA"),this.outputShape=[o,i];let a=e==="max"?">":"<",l=s?"inOffset + i;":"round(getBestIndicesA(batch, inOffset + i));";this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${n};

        int bestIndex = inOffset;
        float bestValue = getA(batch, bestIndex);

        for (int i = 0; i < ${n}; i++) {
          int inIdx = ${l};
          float candidate = getA(batch, inIdx);
          if (candidate ${a} bestValue) {
            bestValue = candidate;
            bestIndex = inIdx;
          }
        }
        setOutput(float(bestIndex));
      }
    `}};var Sf=class{constructor(t,e,s,n){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,C.assert(t.length>2,()=>`Packed arg${s.charAt(0).toUpperCase()+s.slice(1)} supports only inputs with rank above 2.`);let o=t[t.length-1],i=Math.ceil(o/e);this.outputShape=t.slice(0,-1),i>1&&this.outputShape.push(i),n||this.variableNames.push("bestIndicesA");let a=this.outputShape,l=a.length,u=ht(l),c=te("coords",l),p,m;if(i===1){m=l+1;let E=ht(m);p=`
        ${E} sourceLocR = ${E}(${c.join()}, 0);
        ++${c[l-1]};
        ${E} sourceLocG = ${E}(${c.join()}, 0);
        ++${c[l-2]};
        ${E} sourceLocA = ${E}(${c.join()}, 0);
        --${c[l-1]};
        ${E} sourceLocB = ${E}(${c.join()}, 0);
        --${c[l-2]};`}else m=l,p=`
        ${u} sourceLocR = coords;
        ++${c[l-1]};
        ${u} sourceLocG = coords;
        ++${c[l-2]};
        ${u} sourceLocA = coords;
        --${c[l-1]};
        ${u} sourceLocB = coords;
        --${c[l-2]};`;let d=["x","y","z","w","u","v"].slice(0,m),f="."+d[m-1],h=d.map(E=>"int "+E),g=te("sourceLocR",m-1).concat("inIdx.r"),x=te("sourceLocG",m-1).concat("inIdx.g"),y=te("sourceLocB",m-1).concat("inIdx.b"),N=te("sourceLocA",m-1).concat("inIdx.a"),w=s==="max"?"greaterThan":"lessThan",I=n?"":`
          inIdx = round(vec4(getBestIndicesAChannel(${g.join()}),
                             getBestIndicesAChannel(${x.join()}),
                             getBestIndicesAChannel(${y.join()}),
                             getBestIndicesAChannel(${N.join()})));`,T=`vec4(
            getAChannel(${g.join()}),
            hasNextCol ? getAChannel(${x.join()}) : 0.,
            hasNextRow ? getAChannel(${y.join()}) : 0.,
            hasNextRow && hasNextCol ? getAChannel(${N.join()}) : 0.)`,A=n?"":`
      float getBestIndicesAChannel(${h.join()}) {
        return getChannel(getBestIndicesA(${d.join()}),
                                          vec2(${d.slice(-2).join()}));
      }`;this.userCode=`
      float getAChannel(${h.join()}) {
        return getChannel(getA(${d.join()}),
                               vec2(${d.slice(-2).join()}));
      }
      ${A}
      void main() {
        ${u} coords = getOutputCoords();
        bool hasNextCol = ${c[l-1]} < ${a[l-1]-1};
        bool hasNextRow = ${c[l-2]} < ${a[l-2]-1};
        ${p}
        ivec4 srcIdx = ivec4(sourceLocR${f}, sourceLocG${f},
          sourceLocB${f}, sourceLocA${f}) * ${e};
        ivec4 inIdx = srcIdx;
        vec4 bestIndex = vec4(inIdx);
        vec4 bestValue = ${T};

        for (int i = 0; i < ${e}; i++) {
          inIdx = srcIdx;
          ${I}
          vec4 candidate = ${T};
          bvec4 nan = isnan(candidate);
          bvec4 replace = bvec4(
            vec4(${w}(candidate, bestValue)) * (vec4(1.0) - vec4(nan)));

          bestValue = vec4(replace.x  ? candidate.x : bestValue.x,
                           replace.y  ? candidate.y : bestValue.y,
                           replace.z  ? candidate.z : bestValue.z,
                           replace.w  ? candidate.w : bestValue.w);
          bestIndex = mix(bestIndex, vec4(inIdx), vec4(replace));
          srcIdx++;
        }
        setOutput(bestIndex);
      }
    `}};function iA(r,t,e,s=null){let n=t.shape[0],o=t.shape[1];s!=null&&(n=s.shape[0],o=s.shape[1]);let i=S.computeOptimalWindowSize(o),a={windowSize:i,inSize:o,batchSize:n,outSize:Math.ceil(o/i)},l=new Nf(a,e,s==null),u=[t];s!=null&&u.push(s);let c=r.runWebGLProgram(l,u,"int32");if(c.shape[1]===1)return c;let p=iA(r,t,e,c);return r.disposeIntermediateTensorInfo(c),p}function aA(r,t,e,s=null){let n=s!=null?s.shape:t.shape,o=n[n.length-1],i=S.computeOptimalWindowSize(o),a=new Sf(n,i,e,s==null),l=s==null?[t]:[t,s],u=r.runWebGLProgram(a,l,"int32");if(u.shape.length===t.shape.length){let c=aA(r,t,e,u);return r.disposeIntermediateTensorInfo(u),c}return u}function If(r,t,e,s){let n=[e];if(S.assertAxesAreInnerMostDims("arg"+s.charAt(0).toUpperCase()+s.slice(1),n,t.shape.length),!O().getBool("WEBGL_PACK_REDUCE")||t.shape.length<=2){let o=[],i=r.texData.get(t.dataId),a=i!==null&&i.isPacked,l=t;a&&(l=r.unpackTensor(t),o.push(l));let[u,c]=S.computeOutAndReduceShapes(l.shape,n),p=C.sizeFromShape(c),m=q({inputs:{x:l},backend:r,attrs:{shape:[-1,p]}});o.push(m);let d=iA(r,m,s);o.push(d);let f=q({inputs:{x:d},backend:r,attrs:{shape:u}});return o.forEach(h=>r.disposeIntermediateTensorInfo(h)),f}return aA(r,t,s)}function CB(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o}=s,i=C.parseAxisParam(o,n.shape),a=S.getAxesPermutation(i,n.shape.length),l=n,u=[];a!=null&&(l=Wt({inputs:{x:n},backend:e,attrs:{perm:a}}),u.push(l),i=S.getInnerMostAxes(i.length,l.shape.length)),S.assertAxesAreInnerMostDims("argMax",[i[0]],l.shape.length);let c=If(e,l,i[0],"max");return u.forEach(p=>e.disposeIntermediateTensorInfo(p)),c}var lA={kernelName:Eo,backendName:"webgl",kernelFunc:CB};function wB(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o}=s,i=C.parseAxisParam(o,n.shape),a=S.getAxesPermutation(i,n.shape.length),l=n,u=[];a!=null&&(l=Wt({inputs:{x:n},backend:e,attrs:{perm:a}}),u.push(l),i=S.getInnerMostAxes(i.length,l.shape.length)),S.assertAxesAreInnerMostDims("argMin",[i[0]],l.shape.length);let c=If(e,l,i[0],"min");return u.forEach(p=>e.disposeIntermediateTensorInfo(p)),c}var uA={kernelName:Ro,backendName:"webgl",kernelFunc:wB};var NB=me+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return asin(x);
`,SB=nt({opSnippet:NB}),cA={kernelName:hn,backendName:"webgl",kernelFunc:SB};var IB=me+"return log(x + sqrt(x * x + 1.0));",vB=nt({opSnippet:IB}),pA={kernelName:gn,backendName:"webgl",kernelFunc:vB};var TB=me+`
  return atan(x);
`,kB=nt({opSnippet:TB}),mA={kernelName:xn,backendName:"webgl",kernelFunc:kB};var AB=Vl+`
  return atan(a, b);
`,EB=`
  vec4 result = atan(a, b);
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+dr+`
  return result;
`,RB=At({opSnippet:AB,packedOpSnippet:EB}),dA={kernelName:bn,backendName:"webgl",kernelFunc:RB};var $B=me+`
  if ((x < -1.0) || (x > 1.0)) return NAN;
return (log(1.0 + x) - log(1.0 - x)) / 2.0;`,DB=nt({opSnippet:$B}),fA={kernelName:yn,backendName:"webgl",kernelFunc:DB};var ts=class{constructor(t,e,s,n=!1,o=!1){if(this.variableNames=["x"],e==="avg"&&s)throw new Error("Cannot compute positions for average pool.");let i=t.filterWidth,a=t.strideHeight,l=t.strideWidth,u=t.dilationHeight,c=t.dilationWidth,p=t.effectiveFilterHeight,m=t.effectiveFilterWidth,d=t.padInfo.top,f=t.padInfo.left;this.outputShape=t.outShape;let h=e==="avg",g=`((batch  * ${t.inHeight} + xR) * ${t.inWidth} + xC) * ${t.inChannels} + d`,x=`(xR * ${t.inWidth} + xC) * ${t.inChannels} + d`,y="0.0";if(h||(y="-1.0 / 1e-20"),s){this.userCode=`
        const ivec2 strides = ivec2(${a}, ${l});
        const ivec2 pads = ivec2(${d}, ${f});

        void main() {
          ivec4 coords = getOutputCoords();
          int batch = coords[0];
          int d = coords[3];

          ivec2 xRCCorner = coords.yz * strides - pads;
          int xRCorner = xRCCorner.x;
          int xCCorner = xRCCorner.y;

          // max/min x(?, ?, d) to get y(yR, yC, d).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;
          float avgValue = 0.0;

          for (int wR = 0; wR < ${p};
              wR += ${u}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${t.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${m};
                wC += ${c}) {
              int xC = xCCorner + wC;

              if (xC < 0 || xC >= ${t.inWidth}) {
                continue;
              }

              float value = getX(batch, xR, xC, d);

              // If a min / max value has already been found, use it. If not,
              // use the current value.
              float currMinMaxValue = mix(
                  value, minMaxValue, minMaxValueFound);
              if (value >= currMinMaxValue) {
                minMaxValue = value;
                minMaxValueFound = 1.0;
                minMaxPosition = ${n?o?g:x:`wR * ${m} + wC`};
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let N="max",w=`${e}(${e}(${e}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;e==="avg"&&(w="avgValue / max(count, 1.0)");let I=Math.floor(i/4)*4,T=i%4,A=`
      if (${h}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${N}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec2 strides = ivec2(${a}, ${l});
      const ivec2 pads = ivec2(${d}, ${f});
      const float initializationValue = ${y};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xR, int xC, int d) {
        if (xC < 0 || xC >= ${t.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xR, xC, d);
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d = coords[3];

        ivec2 xRCCorner = coords.yz * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // max/min x(?, ?, d) to get y(yR, yC, d).
        // ? = to be determined
        vec4 minMaxValue = vec4(${y});
        float avgValue = 0.0;
        count = 0.0;

        for (int wR = 0; wR < ${p};
            wR += ${u}) {
          int xR = xRCorner + wR;

          if (xR < 0 || xR >= ${t.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${I}; wC += 4) {
            int xC = xCCorner + wC * ${c};

            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${c}, d),
              getValue(batch, xR, xC + 2 * ${c}, d),
              getValue(batch, xR, xC + 3 * ${c}, d)
            );

            ${A}
          }

          int xC = xCCorner + ${I};
          if (${T===1}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              initializationValue,
              initializationValue,
              initializationValue
            );

            ${A}
          } else if (${T===2}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${c}, d),
              initializationValue,
              initializationValue
            );

            ${A}
          } else if (${T===3}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${c}, d),
              getValue(batch, xR, xC + 2 * ${c}, d),
              initializationValue
            );

            ${A}
          }
        }
        setOutput(${w});
      }
    `}},cn=class{constructor(t,e,s,n=!1,o=!1){if(this.variableNames=["x"],e==="avg"&&s)throw new Error("Cannot compute positions for average pool.");let i=t.filterWidth,a=t.strideDepth,l=t.strideHeight,u=t.strideWidth,c=t.dilationDepth,p=t.dilationHeight,m=t.dilationWidth,d=t.effectiveFilterDepth,f=t.effectiveFilterHeight,h=t.effectiveFilterWidth,g=t.padInfo.front,x=t.padInfo.top,y=t.padInfo.left;this.outputShape=t.outShape;let N=e==="avg",w="0.0";if(N||(w="-1.0 / 1e-20"),s){this.userCode=`
        const ivec3 strides =
            ivec3(${a}, ${l}, ${u});
        const ivec3 pads = ivec3(${g}, ${x}, ${y});

        void main() {
          ivec5 coords = getOutputCoords();
          int batch = coords.x;
          int ch = coords.u;

          ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
          int xDCorner = xCorner.x;
          int xRCorner = xCorner.y;
          int xCCorner = xCorner.z;

          // max/min x(?, ?, ?, ch) to get y(yD, yR, yC, ch).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;

          for (int wD = 0; wD < ${d};
              wD += ${c}) {
            int xD = xDCorner + wD;

            if (xD < 0 || xD >= ${t.inDepth}) {
              continue;
            }

            for (int wR = 0; wR < ${f};
                wR += ${p}) {
              int xR = xRCorner + wR;

              if (xR < 0 || xR >= ${t.inHeight}) {
                continue;
              }

              for (int wC = 0; wC < ${h};
                  wC += ${m}) {
                int xC = xCCorner + wC;

                if (xC < 0 || xC >= ${t.inWidth}) {
                  continue;
                }

                float value = getX(batch, xD, xR, xC, ch);

                // If a min / max value has already been found, use it. If not,
                // use the current value.
                float currMinMaxValue = mix(
                    value, minMaxValue, minMaxValueFound);
                if (value >= currMinMaxValue) {
                  minMaxValue = value;
                  minMaxValueFound = 1.0;
                  minMaxPosition = ${n?o?`(((batch * ${t.inDepth} + xD) * ${t.inHeight} + xR) * ${t.inWidth} + xC) * ${t.inChannels} + ch`:`((xD * ${t.inHeight} + xR) * ${t.inWidth} + xC) * ${t.inChannels} + ch`:`wD * ${f} * ${h} +
                      wR * ${h} + wC`};
                }
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let I="max",T=`${e}(${e}(${e}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;e==="avg"&&(T="avgValue / max(count, 1.0)");let A=Math.floor(i/4)*4,E=i%4,D=`
      if (${N}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${I}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec3 strides =
        ivec3(${a}, ${l}, ${u});
      const ivec3 pads = ivec3(${g}, ${x}, ${y});
      const float initializationValue = ${w};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xD, int xR, int xC, int ch) {
        if (xC < 0 || xC >= ${t.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xD, xR, xC, ch);
      }

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xDCorner = xCorner.x;
        int xRCorner = xCorner.y;
        int xCCorner = xCorner.z;

        // max/min x(?, ?, ?, d) to get y(yD, yR, yC, ch).
        // ? = to be determined
        vec4 minMaxValue = vec4(${w});
        float avgValue = 0.0;
        count = 0.0;

        for (int wD = 0; wD < ${d};
            wD += ${c}) {
          int xD = xDCorner + wD;

          if (xD < 0 || xD >= ${t.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${f};
            wR += ${p}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${t.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${A}; wC += 4) {
              int xC = xCCorner + wC * ${m};

              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${m}, ch),
                getValue(batch, xD, xR, xC + 2 * ${m}, ch),
                getValue(batch, xD, xR, xC + 3 * ${m}, ch)
              );

              ${D}
            }

            int xC = xCCorner + ${A};
            if (${E===1}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                initializationValue,
                initializationValue,
                initializationValue
              );

              ${D}
            } else if (${E===2}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${m}, ch),
                initializationValue,
                initializationValue
              );

              ${D}
            } else if (${E===3}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${m}, ch),
                getValue(batch, xD, xR, xC + 2 * ${m}, ch),
                initializationValue
              );

              ${D}
            }
          }
        }
        setOutput(${T});
      }
    `}};function OB(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t;Zr(n,"avgPool");let{filterSize:o,strides:i,pad:a,dimRoundingMode:l}=s,u=1;C.assert(S.eitherStridesOrDilationsAreOne(i,u),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${i} and dilations '${u}'`);let c=S.computePool2DInfo(n.shape,o,i,u,a,l);if(c.filterWidth===1&&c.filterHeight===1&&C.arraysEqual(c.inShape,c.outShape))return ee({inputs:{x:n},backend:e});let p=new ts(c,"avg",!1);return e.runWebGLProgram(p,[n],"float32")}var hA={kernelName:$o,backendName:"webgl",kernelFunc:OB};function FB(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{filterSize:o,strides:i,pad:a,dimRoundingMode:l,dataFormat:u}=s,c=[1,1,1],p=S.computePool3DInfo(n.shape,o,i,c,a,l,u),m=new cn(p,"avg",!1);return e.runWebGLProgram(m,[n],"float32")}var gA={kernelName:Oo,backendName:"webgl",kernelFunc:FB};var vf=class{constructor(t){this.variableNames=["dy"],this.outputShape=t.inShape;let e=t.filterHeight,s=t.filterWidth,n=t.strideHeight,o=t.strideWidth,i=t.dilationHeight,a=t.dilationWidth,l=t.effectiveFilterHeight,u=t.effectiveFilterWidth,c=l-1-t.padInfo.top,p=u-1-t.padInfo.left,m=1/(e*s);this.userCode=`
      const ivec2 pads = ivec2(${c}, ${p});
      const float avgMultiplier = float(${m});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${l};
            wR += ${i}) {
          float dyR = float(dyRCorner + wR) / ${n}.0;

          if (dyR < 0.0 || dyR >= ${t.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${u};
            wC+= ${a}) {
            float dyC = float(dyCCorner + wC) / ${o}.0;

            if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);

            dotProd += dyValue * avgMultiplier;
          }
        }
        setOutput(dotProd);
      }
    `}},Tf=class{constructor(t){this.variableNames=["dy"],this.outputShape=t.inShape;let e=t.filterDepth,s=t.filterHeight,n=t.filterWidth,o=t.strideDepth,i=t.strideHeight,a=t.strideWidth,l=t.dilationDepth,u=t.dilationHeight,c=t.dilationWidth,p=t.effectiveFilterDepth,m=t.effectiveFilterHeight,d=t.effectiveFilterWidth,f=p-1-t.padInfo.front,h=m-1-t.padInfo.top,g=d-1-t.padInfo.left,x=1/(e*s*n);this.userCode=`
      const ivec3 pads = ivec3(${f}, ${h}, ${g});
      const float avgMultiplier = float(${x});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, d) with pos mask(:, :, :, ch) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${p};
            wD += ${l}) {
          float dyD = float(dyDCorner + wD) / ${o}.0;

          if (dyD < 0.0 || dyD >= ${t.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${m};
              wR += ${u}) {
            float dyR = float(dyRCorner + wR) / ${i}.0;

            if (dyR < 0.0 || dyR >= ${t.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${d};
                wC += ${c}) {
              float dyC = float(dyCCorner + wC) / ${a}.0;

              if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);

              dotProd += dyValue * avgMultiplier;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function _B(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,input:o}=t,i=o,{filterSize:a,strides:l,pad:u,dimRoundingMode:c}=s,p=[1,1,1],m=S.computePool3DInfo(i.shape,a,l,p,u,c),d=new Tf(m);return e.runWebGLProgram(d,[n],i.dtype)}var xA={kernelName:Fo,backendName:"webgl",kernelFunc:_B};function LB(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,input:o}=t,i=o;Zr([n,o],"avgPoolGrad");let{filterSize:a,strides:l,pad:u}=s,c=S.computePool2DInfo(i.shape,a,l,1,u),p=new vf(c);return e.runWebGLProgram(p,[n],i.dtype)}var yA={kernelName:Do,backendName:"webgl",kernelFunc:LB};function zB(r){let{inputs:t,backend:e,attrs:s}=r,{a:n,b:o}=t,{transposeA:i,transposeB:a}=s;return Io({a:n,b:o,transposeA:i,transposeB:a,backend:e})}var bA={kernelName:_o,backendName:"webgl",kernelFunc:zB};var kf=class{constructor(t,e,s,n,o,i){this.outputShape=[],this.variableNames=["x","mean","variance"],S.assertAndGetBroadcastShape(t,e),S.assertAndGetBroadcastShape(t,s);let a="0.0";n!=null&&(S.assertAndGetBroadcastShape(t,n),this.variableNames.push("offset"),a="getOffsetAtOutCoords()");let l="1.0";o!=null&&(S.assertAndGetBroadcastShape(t,o),this.variableNames.push("scale"),l="getScaleAtOutCoords()"),this.outputShape=t,this.userCode=`
      void main() {
        float x = getXAtOutCoords();
        float mean = getMeanAtOutCoords();
        float variance = getVarianceAtOutCoords();
        float offset = ${a};
        float scale = ${l};
        float inv = scale * inversesqrt(variance + float(${i}));
        setOutput(dot(vec3(x, -mean, offset), vec3(inv, inv, 1)));
      }
    `}};var Af=class{constructor(t,e,s,n,o,i){this.packedInputs=!0,this.packedOutput=!0,this.variableNames=["x","mean","variance"],S.assertAndGetBroadcastShape(t,e),S.assertAndGetBroadcastShape(t,s);let a="vec4(0.0)";n!=null&&(S.assertAndGetBroadcastShape(t,n),this.variableNames.push("offset"),a="getOffsetAtOutCoords()");let l="vec4(1.0)";o!=null&&(S.assertAndGetBroadcastShape(t,o),this.variableNames.push("scale"),l="getScaleAtOutCoords()"),this.outputShape=t,this.userCode=`
      void main() {
        vec4 offset = ${a};
        vec4 scale = ${l};

        vec4 x = getXAtOutCoords();
        vec4 mean = getMeanAtOutCoords();
        vec4 variance = getVarianceAtOutCoords();

        vec4 inv = scale * inversesqrt(variance + vec4(${i}));

        setOutput((x - mean) * inv + offset);
      }
    `}};var PB=({inputs:r,backend:t,attrs:e})=>{let{x:s,mean:n,variance:o,offset:i,scale:a}=r;C.assert(n.shape.length===o.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),C.assert(i==null||n.shape.length===i.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),C.assert(a==null||n.shape.length===a.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks.");let{varianceEpsilon:l}=e;l==null&&(l=.001);let u=[s,n,o],c=null;i!=null&&(c=i.shape,u.push(i));let p=null;a!=null&&(p=a.shape,u.push(a));let m=O().getBool("WEBGL_PACK_NORMALIZATION")?new Af(s.shape,n.shape,o.shape,c,p,l):new kf(s.shape,n.shape,o.shape,c,p,l);return t.runWebGLProgram(m,u,u[0].dtype)},CA={kernelName:Yo,backendName:"webgl",kernelFunc:PB};var Ef=class{constructor(t){this.variableNames=["source"],this.outputShape=t,this.rank=t.length;let e=ht(this.rank);this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let s=VB(this.rank),n,o=t.map((i,a)=>`sourceLoc.${Rb[a]} = start[${a}] + coords.${Rb[a]};`);n=`
        ${e} sourceLoc;
        ${e} coords = getOutputCoords();
        ${o.join(`
`)}
      `,this.userCode=`
      void main() {
        ${n}
        setOutput(getSource(${s}));
      }
    `}},Rb=["x","y","z","w","u","v"];function VB(r){if(r===1)return"sourceLoc";if(r<=6)return Rb.slice(0,r).map(t=>"sourceLoc."+t).join(",");throw Error(`Slicing for rank ${r} is not yet supported`)}var Rf=class{constructor(t){this.variableNames=["source"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=t,this.rank=t.length,this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let e=ht(this.rank),s=te("coords",this.rank),n=te("sourceLoc",this.rank),o=this.rank===1?"sourceLoc":`vec2(${n.slice(-2).join()})`,i=`getChannel(getSource(${n.join()}), ${o})`,a=`
      result.x = ${i};
      if (++${s[this.rank-1]} < ${t[this.rank-1]}) {
        ++${n[this.rank-1]};
        result.y = ${i};
        --${n[this.rank-1]};
      }
    `,l=this.rank===1?"":`
      --${s[this.rank-1]};
      if (++${s[this.rank-2]} < ${t[this.rank-2]}) {
        ++${n[this.rank-2]};
        result.z = ${i};
        if (++${s[this.rank-1]} < ${t[this.rank-1]}) {
          ++${n[this.rank-1]};
          result.w = ${i};
        }
      }
    `,u=this.rank<=4?`sourceLoc = coords +
            ${e}(${t.map((c,p)=>`start[${p}]`).join()});`:t.map((c,p)=>`${n[p]} = ${s[p]} + start[${p}];`).join(`
`);this.userCode=`
      void main() {
        ${e} coords = getOutputCoords();
        ${e} sourceLoc;
        ${u}
        vec4 result = vec4(0.);
        ${a}
        ${l}
        setOutput(result);
      }
    `}};function BB(r,t,e,s){let n=s.texData.get(r.dataId),o=s.makeTensorInfo(e,r.dtype),i=s.texData.get(o.dataId);Object.assign(i,n),i.refCount=1,i.shape=e,i.dtype=r.dtype;let a=Br.computeFlatOffset(t,C.computeStrides(r.shape));n.slice&&(a+=n.slice.flatOffset),i.slice={flatOffset:a,origDataId:n.slice&&n.slice.origDataId||r.dataId};let l=s.dataRefCount.get(i.slice.origDataId)||1;return s.dataRefCount.set(i.slice.origDataId,l+1),o}function es(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{begin:o,size:i}=s,[a,l]=Br.parseSliceParams(n,o,i);if(Br.assertParamsValid(n,a,l),C.sizeFromShape(l)===0)return e.makeTensorInfo(l,n.dtype,[]);if(e.shouldExecuteOnCPU([n])||n.dtype==="string"){let p=e.texData.get(n.dataId),m=c1(p.values,a,l,n.shape,n.dtype);return e.makeTensorInfo(l,n.dtype,m)}let{isPacked:u}=e.texData.get(n.dataId),c=Br.isSliceContinous(n.shape,a,l);if(u||!c){let p=O().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new Rf(l):new Ef(l),m=[a];return e.runWebGLProgram(p,[n],n.dtype,m)}return e.uploadToGPU(n.dataId),BB(n,a,l,e)}var wA={kernelName:bp,backendName:"webgl",kernelFunc:es};var MB=r=>{let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{blockShape:o,crops:i}=s;C.assert(n.shape.length<=4,()=>"batchToSpaceND for rank > 4 with a WebGL backend not implemented yet");let a=o.reduce((y,N)=>y*N),l=S.getReshaped(n.shape,o,a),u=S.getPermuted(l.length,o.length),c=S.getReshapedPermuted(n.shape,o,a),p=S.getSliceBeginCoords(i,o.length),m=S.getSliceSize(c,i,o.length),d=[],f=q({inputs:{x:n},backend:e,attrs:{shape:l}}),h=Wt({inputs:{x:f},backend:e,attrs:{perm:u}}),g=q({inputs:{x:h},backend:e,attrs:{shape:c}}),x=es({inputs:{x:g},backend:e,attrs:{begin:p,size:m}});return d.push(f),d.push(h),d.push(g),d.forEach(y=>e.disposeIntermediateTensorInfo(y)),x},NA={kernelName:Lo,backendName:"webgl",kernelFunc:MB};function GB(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,weights:o}=t,{size:i}=s,a=e.readSync(n.dataId),l=e.readSync(o.dataId),u=uf(a,l,o.dtype,o.shape,i);return e.makeTensorInfo([i],o.dtype,u)}var SA={kernelName:Rc,backendName:"webgl",kernelFunc:GB};var WB=`
  int r = int(a.r) & int(b.r);
  int g = int(a.g) & int(b.g);
  int rb = int(a.b) & int(b.b);
  int ra = int(a.a) & int(b.a);
  return vec4(r, g, rb, ra);
`,UB=`
  return float(int(a.r) & int(b.r));
`;function HB(r){let{inputs:t,backend:e}=r,{a:s,b:n}=t,o=O().getBool("WEBGL_PACK_BINARY_OPERATIONS"),i=O().getNumber("WEBGL_VERSION");if(e.shouldExecuteOnCPU([s,n])||i===1){let l=e.texData.get(s.dataId).values,u=e.texData.get(n.dataId).values,[c,p]=Fk(s.shape,n.shape,l,u,s.dtype),m=e.makeTensorInfo(p,s.dtype),d=e.texData.get(m.dataId);return d.values=c,m}let a;return o?a=new mr(WB,s.shape,n.shape,!1):a=new Je(UB,s.shape,n.shape),e.runWebGLProgram(a,[s,n],s.dtype)}var IA={kernelName:Hb,backendName:"webgl",kernelFunc:HB};function KB(r){let{inputs:t,backend:e}=r,{s0:s,s1:n}=t,o=e.readSync(s.dataId),i=e.readSync(n.dataId),a=S.assertAndGetBroadcastShape(Array.from(o),Array.from(i));return e.makeTensorInfo([a.length],"int32",Int32Array.from(a))}var vA={kernelName:$c,backendName:"webgl",kernelFunc:KB};var qB="return float(a != b);",$b=At({opSnippet:qB,cpuKernelImpl:e1,dtype:"bool"}),TA={kernelName:tC,backendName:"webgl",kernelFunc:$b};function Vs(r){let{inputs:t,backend:e}=r,{input:s}=t,n=e.texData.get(s.dataId);return ee({inputs:{x:n.complexTensorInfos.real},backend:e})}var kA={kernelName:eC,backendName:"webgl",kernelFunc:Vs};var jB="return float(int(x));";function AA(r,t){let e=new Ie(r.shape,jB),s=t.runWebGLProgram(e,[r],"int32");return{dataId:s.dataId,shape:s.shape,dtype:s.dtype}}function Db(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{dtype:o}=s;if(o==="complex64"){if(n.dtype==="complex64")return ee({inputs:{x:n},backend:e});let i=pe(n.shape),a=Db({inputs:{x:n},backend:e,attrs:{dtype:"float32"}}),l=tr({inputs:{real:a,imag:i},backend:e});return i.dispose(),e.disposeIntermediateTensorInfo(a),l}if(n.dtype==="complex64"){let i=Vs({inputs:{input:n},backend:e}),a=Db({inputs:{x:i},backend:e,attrs:{dtype:o}});return e.disposeIntermediateTensorInfo(i),a}if(!C.hasEncodingLoss(n.dtype,o)){let i=ee({inputs:{x:n},backend:e});return{dataId:i.dataId,shape:i.shape,dtype:o}}if(e.shouldExecuteOnCPU([n])){let i=e.texData.get(n.dataId).values,[a,l,u]=_k(i,n.shape,n.dtype,o);return e.makeTensorInfo(a,l,u)}if(o==="int32")return AA(n,e);if(o==="bool"){let i=e.makeTensorInfo([],"bool",C.getTypedArrayFromDType("bool",1)),l=$b({inputs:{a:n,b:i},backend:e});return e.disposeIntermediateTensorInfo(i),l}throw new Error(`Error in Cast: failed to cast ${n.dtype} to ${o}`)}var EA={kernelName:Dc,backendName:"webgl",kernelFunc:Db};var RA="return ceil(x);",XB=nt({opSnippet:RA,packedOpSnippet:RA,cpuKernelImpl:Lk}),$A={kernelName:Oc,backendName:"webgl",kernelFunc:XB};var $f=class{constructor(t){this.variableNames=["A"],this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=t,this.userCode=`

      void main() {
        float value = getAAtOutCoords();
        if (isnan(value)) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, minVal, maxVal));
      }
    `}};var Df=class{constructor(t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=t,this.userCode=`
      void main() {
        vec4 value = getAAtOutCoords();

        if (any(isnan(value))) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, vec4(minVal), vec4(maxVal)));
      }
    `}};function YB(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{clipValueMin:o,clipValueMax:i}=s,a;O().getBool("WEBGL_PACK_CLIP")?a=new Df(n.shape):a=new $f(n.shape);let l=[[o],[i]];return e.runWebGLProgram(a,[n],n.dtype,l)}var DA={kernelName:Cn,backendName:"webgl",kernelFunc:YB};var Of=class{constructor(t){this.variableNames=["real","imag"],this.outputShape=t,this.userCode=`
      void main() {
        float re = abs(getRealAtOutCoords());
        float im = abs(getImagAtOutCoords());
        float mx = max(re, im);

        // sadly the length function in glsl is not underflow-safe
        // (at least not on Intel GPUs). So the safe solution is
        // to ensure underflow-safety in all cases.
        setOutput(
          mx == 0.0 ? 0.0 : mx * length(vec2(1, min(re, im)/mx))
        );
      }
    `}};function OA(r,t){return{dataId:t.dataId,dtype:t.dtype,shape:r.shape}}function QB(r){let{inputs:t,backend:e}=r,{x:s}=t,n=e.texData.get(s.dataId),o=new Of(s.shape),i=[OA(s,n.complexTensorInfos.real),OA(s,n.complexTensorInfos.imag)];return e.runWebGLProgram(o,i,i[0].dtype)}var FA={kernelName:zo,backendName:"webgl",kernelFunc:QB};var Ff=class{constructor(t){this.outputShape=[],this.outputShape=S.computeOutShape(t,1),this.variableNames=t.map((i,a)=>`T${a}`);let e=new Array(t.length-1);e[0]=t[0][1];for(let i=1;i<e.length;i++)e[i]=e[i-1]+t[i][1];let s=[`if (yC < ${e[0]}) setOutput(getT0(yR, yC));`];for(let i=1;i<e.length;i++){let a=e[i-1];s.push(`else if (yC < ${e[i]}) setOutput(getT${i}(yR, yC-${a}));`)}let n=e.length,o=e[e.length-1];s.push(`else setOutput(getT${n}(yR, yC-${o}));`),this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int yR = coords.x;
        int yC = coords.y;

        ${s.join(`
        `)}
      }
    `}};var Lf=class{constructor(t,e){this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[],this.outputShape=S.computeOutShape(t,e);let s=this.outputShape,n=s.length,o=ht(n),i=te("coords",n),a=["x","y","z","w","u","v"].slice(0,n);this.variableNames=t.map((h,g)=>`T${g}`);let l=new Array(t.length-1);l[0]=t[0][e];for(let h=1;h<l.length;h++)l[h]=l[h-1]+t[h][e];let u=a[e],c=a.slice(-2),p=a.join(),m=`if (${u} < ${l[0]}) {
        return getChannel(
            getT0(${p}), vec2(${c.join()}));
        }`;for(let h=1;h<l.length;h++){let g=l[h-1];m+=`
        if (${u} < ${l[h]}  && ${u} >= ${l[h-1]}) {
          return getChannel(
            getT${h}(${_f(a,u,g)}),
            vec2(${_f(c,u,g)}));
        }`}let d=l.length,f=l[l.length-1];m+=`
        return getChannel(
          getT${d}(${_f(a,u,f)}),
          vec2(${_f(c,u,f)}));`,this.userCode=`
      float getValue(${a.map(h=>"int "+h)}) {
        ${m}
      }

      void main() {
        ${o} coords = getOutputCoords();
        vec4 result = vec4(getValue(${i}), 0., 0., 0.);

        ${i[n-1]} = ${i[n-1]} + 1;
        if (${i[n-1]} < ${s[n-1]}) {
          result.g = getValue(${i});
        }

        ${i[n-2]} = ${i[n-2]} + 1;
        if (${i[n-2]} < ${s[n-2]}) {
          result.a = getValue(${i});
        }

        ${i[n-1]} = ${i[n-1]} - 1;
        if (${i[n-2]} < ${s[n-2]} &&
            ${i[n-1]} < ${s[n-1]}) {
          result.b = getValue(${i});
        }
        setOutput(result);
      }
    `}};function _f(r,t,e){let s=r.indexOf(t);return r.map((o,i)=>i===s?`${o} - ${e}`:o).join()}function vo(r){let{inputs:t,backend:e}=r,{input:s}=t,n=e.texData.get(s.dataId);return ee({inputs:{x:n.complexTensorInfos.imag},backend:e})}var _A={kernelName:tp,backendName:"webgl",kernelFunc:vo};function Ml(r,t,e){let s=r[0].dtype;if(s==="complex64"){let d=r.map(y=>Vs({inputs:{input:y},backend:e})),f=r.map(y=>vo({inputs:{input:y},backend:e})),h=Ml(d,t,e),g=Ml(f,t,e),x=tr({inputs:{real:h,imag:g},backend:e});return d.forEach(y=>e.disposeIntermediateTensorInfo(y)),f.forEach(y=>e.disposeIntermediateTensorInfo(y)),e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(g),x}let n=e.shouldExecuteOnCPU(r);if(s==="string"&&(n=!0),n){let d=r.map(w=>{let T=[-1,C.sizeFromShape(w.shape.slice(t))];return q({inputs:{x:w},backend:e,attrs:{shape:T}})}),f=d.map(w=>({vals:e.readSync(w.dataId),shape:w.shape})),h=S.computeOutShape(d.map(w=>w.shape),1),g=d[0].shape[0]===1,x=zk(f,h,s,g),y=S.computeOutShape(r.map(w=>w.shape),t),N=e.makeTensorInfo(y,s,x);return d.forEach(w=>e.disposeIntermediateTensorInfo(w)),N}let o=r.filter(d=>C.sizeFromShape(d.shape)>0),i=O().getBool("WEBGL_PACK_ARRAY_OPERATIONS")&&o[0].shape.length>1;if(o.length===1){let d=i?new Ie(r[0].shape,ds):new Ze(r[0].shape,ds);return e.runWebGLProgram(d,r,s)}let a=O().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER");if(o.length>a){let d=[];for(let h=0;h<o.length;h+=a){let g=o.slice(h,h+a);d.push(Ml(g,t,e))}let f=Ml(d,t,e);for(let h of d)e.disposeIntermediateTensorInfo(h);return f}if(i){let d=new Lf(o.map(f=>f.shape),t);return e.runWebGLProgram(d,o,s)}let{tensors2D:l,outShape:u}=ZB(o,t,e),c=new Ff(l.map(d=>d.shape)),p=e.runWebGLProgram(c,l,s);l.forEach(d=>e.disposeIntermediateTensorInfo(d));let m=q({inputs:{x:p},attrs:{shape:u},backend:e});return e.disposeIntermediateTensorInfo(p),m}function ZB(r,t,e){let s=S.computeOutShape(r.map(o=>o.shape),t);return{tensors2D:r.map(o=>q({inputs:{x:o},attrs:{shape:[-1,C.sizeFromShape(o.shape.slice(t))]},backend:e})),outShape:s}}function Ob(r){let{inputs:t,backend:e,attrs:s}=r,{axis:n}=s,o=C.parseAxisParam(n,t[0].shape)[0],i=t.map(u=>u.shape);S.assertParamsConsistent(i,o);let a=S.computeOutShape(t.map(u=>u.shape),o);if(C.sizeFromShape(a)===0)return e.makeTensorInfo(a,t[0].dtype,[]);let l=t.filter(u=>C.sizeFromShape(u.shape)>0);return l.length===1?ee({inputs:{x:l[0]},backend:e}):Ml(l,o,e)}var LA={kernelName:Po,backendName:"webgl",kernelFunc:Ob};var Gl=class{constructor(t,e=!1,s=null,n=!1,o=!1){this.variableNames=["x","W"],this.outputShape=t.outShape;let i=t.padInfo.top,a=t.padInfo.left,l=t.strideHeight,u=t.strideWidth,c=t.dilationHeight,p=t.dilationWidth,m=t.filterHeight,d=t.filterWidth,f=Math.floor(t.inChannels/4)*4,h=t.inChannels%4,g=t.dataFormat==="channelsLast",x=g?1:2,y=g?2:3,N=g?3:1,w="",I="";s&&(n?w=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${s}
        }`:o?w=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${s}
        }`:w=`
          float activation(float x) {
            ${s}
          }
        `,I="result = activation(result);");let T=e?"result += getBiasAtOutCoords();":"";e&&this.variableNames.push("bias"),n&&this.variableNames.push("preluActivationWeights"),o&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${w}

      const ivec2 strides = ivec2(${l}, ${u});
      const ivec2 pads = ivec2(${i}, ${a});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d2 = coords[${N}];

        ivec2 xRCCorner =
            ivec2(coords[${x}], coords[${y}]) * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, d2) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${m}; wR++) {
          int xR = xRCorner + wR * ${c};

          if (xR < 0 || xR >= ${t.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${d}; wC++) {
            int xC = xCCorner + wC * ${p};

            if (xC < 0 || xC >= ${t.inWidth}) {
              continue;
            }

            for (int d1 = 0; d1 < ${f}; d1 += 4) {
              vec4 wValues = vec4(
                getW(wR, wC, d1, d2),
                getW(wR, wC, d1 + 1, d2),
                getW(wR, wC, d1 + 2, d2),
                getW(wR, wC, d1 + 3, d2)
              );

              if (${g}) {
                vec4 xValues = vec4(
                  getX(batch, xR, xC, d1),
                  getX(batch, xR, xC, d1 + 1),
                  getX(batch, xR, xC, d1 + 2),
                  getX(batch, xR, xC, d1 + 3)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec4 xValues = vec4(
                  getX(batch, d1, xR, xC),
                  getX(batch, d1 + 1, xR, xC),
                  getX(batch, d1 + 2, xR, xC),
                  getX(batch, d1 + 3, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }
            }

            if (${h===1}) {

              if (${g}) {
                dotProd +=
                    getX(batch, xR, xC, ${f}) *
                    getW(wR, wC, ${f}, d2);
              } else {
                dotProd +=
                    getX(batch, ${f}, xR, xC) *
                    getW(wR, wC, ${f}, d2);
              }

            } else if (${h===2}) {
              vec2 wValues = vec2(
                getW(wR, wC, ${f}, d2),
                getW(wR, wC, ${f} + 1, d2)
              );

              if (${g}) {
                vec2 xValues = vec2(
                  getX(batch, xR, xC, ${f}),
                  getX(batch, xR, xC, ${f} + 1)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec2 xValues = vec2(
                  getX(batch, ${f}, xR, xC),
                  getX(batch, ${f} + 1, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            } else if (${h===3}) {
              vec3 wValues = vec3(
                getW(wR, wC, ${f}, d2),
                getW(wR, wC, ${f} + 1, d2),
                getW(wR, wC, ${f} + 2, d2)
              );

              if (${g}) {
                vec3 xValues = vec3(
                  getX(batch, xR, xC, ${f}),
                  getX(batch, xR, xC, ${f} + 1),
                  getX(batch, xR, xC, ${f} + 2)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec3 xValues = vec3(
                  getX(batch, ${f}, xR, xC),
                  getX(batch, ${f} + 1, xR, xC),
                  getX(batch, ${f} + 2, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            }
          }
        }

        float result = dotProd;
        ${T}
        ${I}
        setOutput(result);
      }
    `}},zf=class{constructor(t){this.variableNames=["x","W"],this.outputShape=t.outShape;let e=t.padInfo.front,s=t.padInfo.top,n=t.padInfo.left,o=t.strideDepth,i=t.strideHeight,a=t.strideWidth,l=t.dilationDepth,u=t.dilationHeight,c=t.dilationWidth,p=t.filterDepth,m=t.filterHeight,d=t.filterWidth,f=Math.floor(t.inChannels/4)*4,h=t.inChannels%4;this.userCode=`
      const ivec3 strides = ivec3(${o}, ${i}, ${a});
      const ivec3 pads = ivec3(${e}, ${s}, ${n});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d2 = coords.u;

        ivec3 xFRCCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xFCorner = xFRCCorner.x;
        int xRCorner = xFRCCorner.y;
        int xCCorner = xFRCCorner.z;

        // Convolve x(?, ?, ?, d1) with w(:, :, :, d1, d2) to get
        // y(yF, yR, yC, d2). ? = to be determined. : = across all
        // values in that axis.
        float dotProd = 0.0;
        for (int wF = 0; wF < ${p}; wF++) {
          int xF = xFCorner + wF * ${l};

          if (xF < 0 || xF >= ${t.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${m}; wR++) {
            int xR = xRCorner + wR * ${u};

            if (xR < 0 || xR >= ${t.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${d}; wC++) {
              int xC = xCCorner + wC * ${c};

              if (xC < 0 || xC >= ${t.inWidth}) {
                continue;
              }

              for (int d1 = 0; d1 < ${f}; d1 += 4) {
                vec4 xValues = vec4(
                  getX(batch, xF, xR, xC, d1),
                  getX(batch, xF, xR, xC, d1 + 1),
                  getX(batch, xF, xR, xC, d1 + 2),
                  getX(batch, xF, xR, xC, d1 + 3)
                );
                vec4 wValues = vec4(
                  getW(wF, wR, wC, d1, d2),
                  getW(wF, wR, wC, d1 + 1, d2),
                  getW(wF, wR, wC, d1 + 2, d2),
                  getW(wF, wR, wC, d1 + 3, d2)
                );

                dotProd += dot(xValues, wValues);
              }

              if (${h===1}) {
                dotProd +=
                  getX(batch, xF, xR, xC, ${f}) *
                  getW(wF, wR, wC, ${f}, d2);
              } else if (${h===2}) {
                vec2 xValues = vec2(
                  getX(batch, xF, xR, xC, ${f}),
                  getX(batch, xF, xR, xC, ${f} + 1)
                );
                vec2 wValues = vec2(
                  getW(wF, wR, wC, ${f}, d2),
                  getW(wF, wR, wC, ${f} + 1, d2)
                );
                dotProd += dot(xValues, wValues);
              } else if (${h===3}) {
                vec3 xValues = vec3(
                  getX(batch, xF, xR, xC, ${f}),
                  getX(batch, xF, xR, xC, ${f} + 1),
                  getX(batch, xF, xR, xC, ${f} + 2)
                );
                vec3 wValues = vec3(
                  getW(wF, wR, wC, ${f}, d2),
                  getW(wF, wR, wC, ${f} + 1, d2),
                  getW(wF, wR, wC, ${f} + 2, d2)
                );
                dotProd += dot(xValues, wValues);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};var Wl=class{constructor(t,e=!1,s=null,n=!1,o=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=t.outShape,this.enableShapeUniforms=Rt(this.outputShape.length);let i=t.padInfo.left,a=t.strideWidth,l=t.dilationWidth,u=t.filterHeight,c=t.filterWidth,p=c,m=`
       int xR; int xC; int xCOffset;
       vec4 wTexel; vec4 previous; vec4 final;`;for(let g=0;g<c;g++)m+=`
           vec4 xTexelC${g*2};
           int xTexelC${g*2}Ready;
           vec4 xTexelC${g*2+1};
           int xTexelC${g*2+1}Ready;
           vec4 xC${g};`;m+=`
     for (int r = 0; r < ${u}; r++) {
      for (int d1 = 0; d1 < ${t.inChannels}; d1 += 2) {
       `;for(let g=0;g<c;g++)m+=`
           xTexelC${g*2} = vec4(0.0);
           xTexelC${g*2}Ready = 0;
           xTexelC${g*2+1} = vec4(0.0);
           xTexelC${g*2+1}Ready = 0;
           xC${g} = vec4(0.0);`;m+=`
         xR = xRCorner + r * dilations[0];
         if (xR >=0 && xR < inDims[0]) {
       `;for(let g=0;g<(p+1)/2;g++){let x=g*2;if(m+=`
           xC = xCCorner + ${x*l};
           `,a===1){if(x<c&&(i%2===1?(m+=`
                 xCOffset = xC + 1;
                 if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xCOffset, d1);

                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }
               `,l===1&&x>0?m+=`
                 xC${x} = vec4(xTexelC${x-2}.zw, xTexelC${x}.xy);
                 `:m+=`
                   xCOffset = xC + 1 - 2;

                   if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       previous.zw = vec2(0.0);
                     }

                     xC${x} = vec4(previous.zw, xTexelC${x}.xy);
                   } else {
                     xC${x} = vec4(0.0, 0.0, xTexelC${x}.xy);
                   }
                   `):m+=`
                 if (xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 xC${x} = xTexelC${x};
                 `,x+1<c)){let y=i%2===0?C.nearestLargerEven(l):l;l%2===0&&i%2===1||l%2!==0&&i%2!==1?(m+=`
                   xCOffset = xC + imod(pads[1], 2) + ${y};

                   if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                     xTexelC${x+1} = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       xTexelC${x+1}.zw = vec2(0.0);
                     }
                     xTexelC${x+1}Ready = 1;
                   }
                   `,l>1?m+=`
                     xCOffset -= 2;
                     if (xCOffset >= 0 && xCOffset < inDims[1]) {
                      previous = getX(batch, xR, xCOffset, d1);
                      xC${x+1} = vec4(previous.zw, xTexelC${x+1}.xy);
                     } else {
                      xC${x+1} = vec4(0.0, 0.0, xTexelC${x+1}.xy);
                     }
                     `:m+=`
                     xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.xy);
                     `):y===1?m+=`
                     xC${x+1} = xTexelC${x};
                     `:m+=`
                     xCOffset = xC + ${y};

                     if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                       xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                       if (xCOffset + 1 >= inDims[1]) {
                         xTexelC${x+1}.zw = vec2(0.0);
                       }
                       xTexelC${x+1}Ready = 1;
                     }

                     xC${x+1} = xTexelC${x+1};
                     `}}else x<c&&(i%2===1?(m+=`
                 xCOffset = xC + 1 - strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xCOffset, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${x+1}Ready == 0) {
                   xTexelC${x+1} = getX(batch, xR, xC + 1, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xC + 2 >= inDims[1]) {
                     xTexelC${x+1}.zw = vec2(0.0);
                   }
                   xTexelC${x+1}Ready = 1;
                 }

                 xC${x} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
               `,x+1<c&&(m+=`
                   final = vec4(0.0);
                   xCOffset = xC + 1 + strides[1];
                   if(xCOffset >= 0 && xCOffset < inDims[1]) {
                     final = getX(batch, xR, xCOffset, d1);
                   }
                   xC${x+1} = vec4(xTexelC${x+1}.xy, final.xy);
                 `)):(m+=`
                 if(xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 xCOffset = xC + strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                   xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x+1}.zw = vec2(0.);
                   }
                   xTexelC${x+1}Ready = 1;
                 }

                 xC${x} = vec4(
                   xTexelC${x}.xy, xTexelC${x+1}.xy);
               `,x+1<c&&(m+=`
                   xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
                 `)));x<c&&(m+=`
             wTexel = getW(r, ${x}, d1, d2);
             dotProd += xC${x}.xxzz * vec4(wTexel.xy, wTexel.xy);
             if(d1 + 1 < ${t.inChannels}) {
               dotProd += xC${x}.yyww * vec4(wTexel.zw, wTexel.zw);
             }
           `,x+1<c&&(m+=`
               wTexel = getW(r, ${x+1}, d1, d2);
               dotProd += xC${x+1}.xxzz * vec4(wTexel.xy, wTexel.xy);
               if(d1 + 1 < ${t.inChannels}) {
                 dotProd += xC${x+1}.yyww * vec4(wTexel.zw, wTexel.zw);
               }
             `))}m+=`
     }
   `,m+=`
     }
   `,m+=`
     }
   `;let d="",f="";s&&(n?d=`vec4 activation(vec4 a) {
           vec4 b = getPreluActivationWeightsAtOutCoords();
           ${s}
         }`:o?d=`vec4 activation(vec4 a) {
           vec4 b = getLeakyreluAlphaAtOutCoords();
           ${s}
         }`:d=`vec4 activation(vec4 x) {
           ${s}
         }`,f="result = activation(result);");let h=e?"result += getBiasAtOutCoords();":"";e&&this.variableNames.push("bias"),n&&this.variableNames.push("preluActivationWeights"),o&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
       ${d}

       void main() {
         ivec4 coords = getOutputCoords();
         int batch = coords.x;
         ivec2 xRCCorner = coords.yz * strides - pads;
         int d2 = coords.w;
         int xRCorner = xRCCorner.x;
         int xCCorner = xRCCorner.y;

         //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
         vec4 dotProd = vec4(0.000000000000001);

         ${m}

         vec4 result = dotProd - vec4(0.000000000000001);
         ${h}
         ${f}
         setOutput(result);
       }
     `}};var Pf=class{constructor(t,e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec4"},{name:"pad",type:"ivec2"},{name:"stride",type:"ivec2"},{name:"dilation",type:"ivec2"},{name:"inChannels",type:"int"},{name:"itemsPerBlockRow",type:"int"},{name:"outWidth",type:"int"}],this.outputShape=t,this.enableShapeUniforms=Rt(this.outputShape.length);let{dataFormat:s}=e,n=Xt(),o=s==="channelsLast",i=o?1:2,a=o?2:3,l=this.enableShapeUniforms?"if(blockIndex < outShape[2] && pos < outShape[1]) {":`if(blockIndex < ${t[2]} && pos < ${t[1]}) {`,u="";for(let c=0;c<=1;c++)for(let p=0;p<=1;p++)u+=`
          blockIndex = rc.z + ${p};
          pos = rc.y + ${c};

          ${l}
            offsetY = int(blockIndex / outWidth) * stride[0] - pad[0];
            d0 = offsetY + dilation[0] * (pos / itemsPerBlockRow);

            if(d0 < inputShape[${i}] && d0 >= 0) {
              // Use custom imod instead mod. On Intel GPU, mod may generate
              // unexpected value.
              // https://github.com/tensorflow/tfjs/issues/5447
              offsetX = imod(blockIndex, outWidth) * stride[1] - pad[1];
              d1 = offsetX + dilation[1] * (imod(pos, itemsPerBlockRow) /
                  inChannels);

              if(d1 < inputShape[${a}] && d1 >= 0) {

                ch = imod(pos, inChannels);

                if (${o}) {
                  innerDims = vec2(d1, ch);
                  result[${c*2+p}] = getChannel(
                    getA(rc.x, d0, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                } else {
                  innerDims = vec2(d0, d1);
                  result[${c*2+p}] = getChannel(
                    getA(rc.x, ch, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                }
              }
            }
          }
        `;this.userCode=`
      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0);

        int blockIndex, pos, offsetY, d0, offsetX, d1, ch;
        vec2 innerDims;

        ${u}

        ${n.output} = result;
      }
    `}};function Vf(r,t){let e=r.length;return e>=3?t?[...r.slice(0,-3),r[e-3]*r[e-2],r[e-1]]:[...r.slice(0,-3),r[e-3],r[e-2]*r[e-1]]:!t&&e===1&&r[0]>1?[r[0],1]:null}function Bf({x:r,filter:t,convInfo:e,backend:s,bias:n=null,preluActivationWeights:o=null,leakyreluAlpha:i=0,activation:a=null}){let l=r.shape,u=s.texData.get(r.dataId),c=e.inChannels,p=l[0]*l[1]*l[2],m=e.outChannels,d=e.dataFormat==="channelsLast",f=!1,h=!1,g,x=[];if(o!=null){let w=Vf(o.shape,d);w!=null&&(o=q({inputs:{x:o},backend:s,attrs:{shape:w}}),x.push(o))}if(n!=null){let w=Vf(n.shape,d);w!=null&&(n=q({inputs:{x:n},backend:s,attrs:{shape:w}}),x.push(n))}if(!((p===1||m===1)&&c>Eb)&&u.isPacked&&d&&u.texture!=null&&l[2]%2!==0&&C.arraysEqual(u.shape.slice(-3),l.slice(-3))){let w=l[0]*l[1]*(l[2]+1),I={dataId:r.dataId,shape:[1,w,e.inChannels],dtype:r.dtype},T=u.shape;u.shape=u.shape.slice(),u.shape[u.shape.length-2]++,C.assert(ln(u.shape,I.shape),()=>`packed reshape ${u.shape} to ${I.shape} isn't free`);let A=q({inputs:{x:t},backend:s,attrs:{shape:[1,e.inChannels,e.outChannels]}});x.push(A);let E=Io({a:I,b:A,backend:s,transposeA:f,transposeB:h,bias:n,activation:a,preluActivationWeights:o,leakyreluAlpha:i}),D=s.texData.get(E.dataId);C.assert(D.isPacked,()=>"batchMatMul result is expected to be packed"),u.shape=T,D.shape=e.outShape,g=ee({inputs:{x:E},backend:s}),g.shape=e.outShape,x.push(E)}else{let w=e.outHeight*e.outWidth,I=q({inputs:{x:r},backend:s,attrs:{shape:d?[e.batchSize,w,e.inChannels]:[e.batchSize,e.inChannels,w]}}),T=q({inputs:{x:t},backend:s,attrs:{shape:[1,e.inChannels,e.outChannels]}}),A=Io({a:d?I:T,b:d?T:I,transposeA:!d,transposeB:h,backend:s,bias:n,activation:a,preluActivationWeights:o,leakyreluAlpha:i});g=q({inputs:{x:A},backend:s,attrs:{shape:e.outShape}}),x.push(I),x.push(T),x.push(A)}for(let w of x)s.disposeIntermediateTensorInfo(w);return g}function Mf({x:r,filter:t,convInfo:e,backend:s,bias:n=null,preluActivationWeights:o=null,leakyreluAlpha:i=0,activation:a=null}){let{filterWidth:l,filterHeight:u,inChannels:c,outWidth:p,outHeight:m,dataFormat:d}=e,f=d==="channelsLast",h=l*u*c,g=m*p,x=[e.batchSize,h,g],y=!0,N=!1,w=[];if(o!=null){let V=Vf(o.shape,f);V!=null&&(o=q({inputs:{x:o},backend:s,attrs:{shape:V}}),w.push(o))}if(n!=null){let V=Vf(n.shape,f);V!=null&&(n=q({inputs:{x:n},backend:s,attrs:{shape:V}}),w.push(n))}let I=q({inputs:{x:t},backend:s,attrs:{shape:[1,h,C.sizeFromShape(t.shape)/h]}});w.push(I);let T=new Pf(x,e),A=[r.shape,[e.padInfo.top,e.padInfo.left],[e.strideHeight,e.strideWidth],[e.dilationHeight,e.dilationWidth],[e.inChannels],[e.filterWidth*e.inChannels],[e.outWidth]],E=s.runWebGLProgram(T,[r],"float32",A),D=q({inputs:{x:E},backend:s,attrs:{shape:x}});w.push(E),w.push(D);let F=n!=null,z=o!=null,W=a==="leakyrelu",M=a?Ps(a,!0):null,G=new Bl(f?D.shape:I.shape,f?I.shape:D.shape,f?[e.batchSize,g,e.outChannels]:[e.batchSize,e.outChannels,g],y,N,F,M,z,W),P=f?[D,I]:[I,D];if(n&&P.push(n),z&&P.push(o),W){let V=s.makeTensorInfo([],"float32",C.createScalarValue(i,"float32"));P.push(V),w.push(V)}let B=s.runWebGLProgram(G,P,"float32"),H=q({inputs:{x:B},backend:s,attrs:{shape:e.outShape}});w.push(B);for(let V of w)s.disposeIntermediateTensorInfo(V);return H}function JB(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,filter:o}=t,{strides:i,pad:a,dataFormat:l,dilations:u,dimRoundingMode:c}=s,p=S.convertConv2DDataFormat(l),m=S.computeConv2DInfo(n.shape,o.shape,i,u,a,c,!1,p),d;if(m.filterHeight===1&&m.filterWidth===1&&m.dilationHeight===1&&m.dilationWidth===1&&m.strideHeight===1&&m.strideWidth===1&&(m.padInfo.type==="SAME"||m.padInfo.type==="VALID"))d=Bf({x:n,filter:o,convInfo:m,backend:e});else if(m.strideWidth<=2&&p==="channelsLast"&&O().getBool("WEBGL_EXP_CONV")){let h=new Wl(m),g=[[m.padInfo.top,m.padInfo.left],[m.strideHeight,m.strideWidth],[m.dilationHeight,m.dilationWidth],[m.inHeight,m.inWidth]];d=e.runWebGLProgram(h,[n,o],"float32",g)}else if(O().getBool("WEBGL_CONV_IM2COL"))d=Mf({x:n,filter:o,convInfo:m,backend:e});else{let h=new Gl(m);d=e.runWebGLProgram(h,[n,o],"float32")}let f=q({inputs:{x:d},backend:e,attrs:{shape:m.outShape}});return e.disposeIntermediateTensorInfo(d),f}var zA={kernelName:Vo,backendName:"webgl",kernelFunc:JB};var Gf=class{constructor(t){this.variableNames=["x","dy"],this.outputShape=t.filterShape;let e=t.strideHeight,s=t.strideWidth,n=t.padInfo.top,o=t.padInfo.left,i=t.dataFormat==="channelsLast";this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int d2 = coords.w;

        // Convolve x(?, ?, d1) with dy(:, :, d2) to get dw(wR, wC, d1, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int b = 0; b < ${t.batchSize}; b++) {
          for (int yR = 0; yR < ${t.outHeight}; yR++) {
            int xR = wR + yR * ${e} - ${n};

            if (xR < 0 || xR >= ${t.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${t.outWidth}; yC++) {
              int xC = wC + yC * ${s} - ${o};

              if (xC < 0 || xC >= ${t.inWidth}) {
                continue;
              }

              ${i?`float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);`:`float dyValue = getDy(b, d2, yR, yC);
              float xValue = getX(b, d1, xR, xC);
              dotProd += (xValue * dyValue);`}
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Wf=class{constructor(t){this.variableNames=["dy","W"],this.outputShape=t.inShape;let e=t.filterHeight,s=t.filterWidth,n=t.strideHeight,o=t.strideWidth,i=t.dataFormat==="channelsLast",a=e-1-t.padInfo.top,l=s-1-t.padInfo.left,u=i?1:2,c=i?2:3,p=i?3:1;this.userCode=`
      const ivec2 pads = ivec2(${a}, ${l});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[${p}];

        ivec2 dyCorner = ivec2(coords[${u}], coords[${c}]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        // Convolve dy(?, ?, d2) with w(:, :, d1, d2) to compute dx(xR, xC, d1).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${e}; wR++) {
          float dyR = float(dyRCorner + wR) / ${n}.0;

          if (dyR < 0.0 || dyR >= ${t.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${e} - 1 - wR;

          for (int wC = 0; wC < ${s}; wC++) {
            float dyC = float(dyCCorner + wC) / ${o}.0;

            if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${s} - 1 - wC;

            for (int d2 = 0; d2 < ${t.outChannels}; d2++) {

              if (${i}) {
                float xValue = getDy(batch, idyR, idyC, d2);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              } else {
                float xValue = getDy(batch, d2, idyR, idyC);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }

            }
          }
        }
        setOutput(dotProd);
      }
    `}},Uf=class{constructor(t){this.variableNames=["x","dy"],this.outputShape=t.filterShape;let e=t.strideDepth,s=t.strideHeight,n=t.strideWidth,o=t.padInfo.front,i=t.padInfo.top,a=t.padInfo.left;this.userCode=`
      void main() {
        ivec5 coords = getOutputCoords();
        int wF = coords.x;
        int wR = coords.y;
        int wC = coords.z;
        int d1 = coords.w;
        int d2 = coords.u;

        float dotProd = 0.0;

        for (int b = 0; b < ${t.batchSize}; b++) {
          for (int yF = 0; yF < ${t.outDepth}; yF++) {
            int xF = wF + yF * ${e} - ${o};

            if (xF < 0 || xF >= ${t.inDepth}) {
              continue;
            }

            for (int yR = 0; yR < ${t.outHeight}; yR++) {
              int xR = wR + yR * ${s} - ${i};

              if (xR < 0 || xR >= ${t.inHeight}) {
                continue;
              }

              for (int yC = 0; yC < ${t.outWidth}; yC++) {
                int xC = wC + yC * ${n} - ${a};

                if (xC < 0 || xC >= ${t.inWidth}) {
                  continue;
                }

                float dyValue = getDy(b, yF, yR, yC, d2);
                float xValue = getX(b, xF, xR, xC, d1);
                dotProd += (xValue * dyValue);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Hf=class{constructor(t){this.variableNames=["dy","W"],this.outputShape=t.inShape;let e=t.filterDepth,s=t.filterHeight,n=t.filterWidth,o=t.strideDepth,i=t.strideHeight,a=t.strideWidth,l=e-1-t.padInfo.front,u=s-1-t.padInfo.top,c=n-1-t.padInfo.left;this.userCode=`
      const ivec3 pads = ivec3(${l}, ${u}, ${c});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.u;


        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyFCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        float dotProd = 0.0;
        for (int wF = 0; wF < ${e}; wF++) {
          float dyF = float(dyFCorner + wF) / ${o}.0;

          if (dyF < 0.0 || dyF >= ${t.outDepth}.0 || fract(dyF) > 0.0) {
            continue;
          }
          int idyF = int(dyF);

          int wFPerm = ${e} - 1 - wF;

          for (int wR = 0; wR < ${s}; wR++) {
            float dyR = float(dyRCorner + wR) / ${i}.0;

            if (dyR < 0.0 || dyR >= ${t.outHeight}.0 ||
              fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            int wRPerm = ${s} - 1 - wR;

            for (int wC = 0; wC < ${n}; wC++) {
              float dyC = float(dyCCorner + wC) / ${a}.0;

              if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              int wCPerm = ${n} - 1 - wC;

              for (int d2 = 0; d2 < ${t.outChannels}; d2++) {
                float xValue = getDy(batch, idyF, idyR, idyC, d2);
                float wValue = getW(wFPerm, wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function tM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,dy:o}=t,{strides:i,pad:a,dataFormat:l,dimRoundingMode:u,filterShape:c}=s,p=S.convertConv2DDataFormat(l),m=S.computeConv2DInfo(n.shape,c,i,1,a,u,!1,p),d=new Gf(m);return e.runWebGLProgram(d,[n,o],"float32")}var PA={kernelName:Fc,backendName:"webgl",kernelFunc:tM};var Kf=class{constructor(t){this.variableNames=["dy","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"strides",type:"vec2"}],this.outputShape=t.inShape,this.enableShapeUniforms=Rt(this.outputShape.length);let e=t.filterHeight,s=t.filterWidth,n=e-1-t.padInfo.top,o=s-1-t.padInfo.left;this.userCode=`
      const ivec2 pads = ivec2(${n}, ${o});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];

        ivec2 dyCorner = ivec2(coords[1], coords[2]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        vec4 result = vec4(0.);
        for (int wR = 0; wR < ${e}; wR++) {
          float dyR = float(dyRCorner + wR) / strides[0];
          if (dyR < 0.0 || dyR >= ${t.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);
          int wRPerm = ${e} - 1 - wR;

          for (int wC = 0; wC < ${s}; wC++) {
            int wCPerm = ${s} - 1 - wC;

            float dyC = float(dyCCorner + wC) / strides[1];
            bool idyCVal = (dyC >= 0.0) && (dyC < ${t.outWidth}.0)
              && (fract(dyC) == 0.0);
            int idyC = int(dyC);

            float dyC2 = float(dyCCorner + wC + 1) / strides[1];
            bool idyCVal2 = (dyC2 >= 0.0) && (dyC2 < ${t.outWidth}.0)
              && (fract(dyC2) == 0.0);
            int idyC2 = int(dyC2);

            if (idyCVal && idyCVal2) {
              for (int d2 = 0; d2 < ${t.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec4 dySample2 = (idyC / 2 == idyC2 / 2) ?
                  dySample : getDy(batch, idyR, idyC2, d2);

                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));

                dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample2.xy : dySample2.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal) {
              for (int d2 = 0; d2 < ${t.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal2) {
              for (int d2 = 0; d2 < ${t.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC2, d2);
                vec2 dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            }
          }
        }
        setOutput(result);
      }
    `}};function eM(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,filter:o}=t,{inputShape:i,strides:a,pad:l,dataFormat:u,dimRoundingMode:c}=s,p=S.convertConv2DDataFormat(u),m=S.computeConv2DInfo(i,o.shape,a,1,l,c,!1,p);if(O().getBool("WEBGL_PACK_CONV2DTRANSPOSE")&&p==="channelsLast"){let d=[[m.strideHeight,m.strideWidth]],f=new Kf(m);return e.runWebGLProgram(f,[n,o],"float32",d)}else{let d=new Wf(m);return e.runWebGLProgram(d,[n,o],"float32")}}var VA={kernelName:Bo,backendName:"webgl",kernelFunc:eM};function rM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,filter:o}=t,{strides:i,pad:a,dilations:l}=s,u=S.computeConv3DInfo(n.shape,o.shape,i,l,a),c=new zf(u);return e.runWebGLProgram(c,[n,o],"float32")}var BA={kernelName:Mo,backendName:"webgl",kernelFunc:rM};function sM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,dy:o}=t,{strides:i,pad:a,filterShape:l}=s,u=S.computeConv3DInfo(n.shape,l,i,1,a),c=new Uf(u);return e.runWebGLProgram(c,[n,o],"float32")}var MA={kernelName:Go,backendName:"webgl",kernelFunc:sM};function nM(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,filter:o}=t,{pad:i,strides:a,inputShape:l}=s,u=S.computeConv3DInfo(l,o.shape,a,1,i),c=new Hf(u);return e.runWebGLProgram(c,[n,o],"float32")}var GA={kernelName:_c,backendName:"webgl",kernelFunc:nM};var oM=zr+`
  return cos(x);
`,iM=`
  vec4 result = cos(x);
  bvec4 isNaN = isnan(x);
  ${dr}
  return result;
`,aM=nt({opSnippet:oM,packedOpSnippet:iM}),WA={kernelName:"Cos",backendName:"webgl",kernelFunc:aM};var lM=`
  float e2x = exp(-x);
  return (e2x + 1.0 / e2x) / 2.0;
`,uM=nt({opSnippet:lM}),UA={kernelName:wn,backendName:"webgl",kernelFunc:uM};var qf=class{constructor(t,e,s,n,o){this.variableNames=["Image","Boxes","BoxInd"],this.outputShape=[];let[i,a,l,u]=t,[c]=e,[p,m]=s;this.outputShape=[c,p,m,u];let d=n==="bilinear"?1:0,[f,h]=[`${a-1}.0`,`${l-1}.0`],[g,x,y]=p>1?[`${(a-1)/(p-1)}`,"(y2-y1) * height_ratio",`y1*${f} + float(y)*(height_scale)`]:["0.0","0.0",`0.5 * (y1+y2) * ${f}`],[N,w,I]=m>1?[`${(l-1)/(m-1)}`,"(x2-x1) * width_ratio",`x1*${h} + float(x)*(width_scale)`]:["0.0","0.0",`0.5 * (x1+x2) * ${h}`];this.userCode=`
      const float height_ratio = float(${g});
      const float width_ratio = float(${N});
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int y = coords[1];
        int x = coords[2];
        int d = coords[3];

        // get box vals
        float y1 = getBoxes(b,0);
        float x1 = getBoxes(b,1);
        float y2 = getBoxes(b,2);
        float x2 = getBoxes(b,3);

        // get image in batch index
        int bInd = round(getBoxInd(b));
        if(bInd < 0 || bInd >= ${i}) {
          return;
        }

        float height_scale = ${x};
        float width_scale = ${w};

        float in_y = ${y};
        if( in_y < 0.0 || in_y > ${f} ) {
          setOutput(float(${o}));
          return;
        }
        float in_x = ${I};
        if( in_x < 0.0 || in_x > ${h} ) {
          setOutput(float(${o}));
          return;
        }

        vec2 sourceFracIndexCR = vec2(in_x,in_y);
        if(${d} == 1) {
          // Compute the four integer indices.
          ivec2 sourceFloorCR = ivec2(sourceFracIndexCR);
          ivec2 sourceCeilCR = ivec2(ceil(sourceFracIndexCR));

          float topLeft = getImage(b, sourceFloorCR.y, sourceFloorCR.x, d);
          float bottomLeft = getImage(b, sourceCeilCR.y, sourceFloorCR.x, d);
          float topRight = getImage(b, sourceFloorCR.y, sourceCeilCR.x, d);
          float bottomRight = getImage(b, sourceCeilCR.y, sourceCeilCR.x, d);

          vec2 fracCR = sourceFracIndexCR - vec2(sourceFloorCR);

          float top = topLeft + (topRight - topLeft) * fracCR.x;
          float bottom = bottomLeft + (bottomRight - bottomLeft) * fracCR.x;
          float newValue = top + (bottom - top) * fracCR.y;
          setOutput(newValue);
        } else {
          // Compute the coordinators of nearest neighbor point.
          ivec2 sourceNearestCR = ivec2(floor(
            sourceFracIndexCR + vec2(0.5,0.5)));
          float newValue = getImage(b, sourceNearestCR.y, sourceNearestCR.x, d);
          setOutput(newValue);
        }
      }
    `}};var cM=r=>{let{inputs:t,backend:e,attrs:s}=r,{image:n,boxes:o,boxInd:i}=t,{cropSize:a,method:l,extrapolationValue:u}=s,c=new qf(n.shape,o.shape,a,l,u);return e.runWebGLProgram(c,[n,o,i],"float32")},HA={kernelName:zc,backendName:"webgl",kernelFunc:cM};var To;(function(r){r.Prod="*",r.Sum="+"})(To||(To={}));var Nc=class{constructor(t,e,s,n){this.op=t,this.outputShape=e,this.variableNames=["x"],this.customUniforms=[{name:"index",type:"float"}];let o=this.outputShape.length,i=this.op===To.Prod?"1.0":"0.0",a=s?i:`getX(${KA(o,"coords",this.op)})`,l=this.outputShape[this.outputShape.length-1],u="",c="";s?(u=n?`end != ${l-1}`:"end != 0",c=n?"end + 1":"end - 1"):(u=n?`end + pow2 < ${l}`:"end >= pow2",c=n?"end + pow2":"end - pow2"),this.userCode=`
      void main() {
        ${ht(o)} coords = getOutputCoords();
        int end = ${qA(o,"coords",this.op)};
        float val = ${a};
        int pow2 = int(pow(2.0, index));
        if (${u}) {
          int idx = ${c};
          ${qA(o,"coords",this.op)} = idx;
          val ${this.op}= getX(${KA(o,"coords",this.op)});
        }
        setOutput(val);
      }
    `}};function KA(r,t,e){if(r===1)return`${t}`;if(r===2)return`${t}.x, ${t}.y`;if(r===3)return`${t}.x, ${t}.y, ${t}.z`;if(r===4)return`${t}.x, ${t}.y, ${t}.z, ${t}.w`;throw new Error(`Cumulative ${e} for rank ${r} is not yet supported`)}function qA(r,t,e){if(r===1)return`${t}`;if(r===2)return`${t}.y`;if(r===3)return`${t}.z`;if(r===4)return`${t}.w`;throw new Error(`Cumulative ${e} for rank ${r} is not yet supported`)}function jf(r,t,e,s,n,o){let i=t.shape.length,a=S.getAxesPermutation([s],i),l=t;a!=null&&(l=Wt({inputs:{x:t},backend:e,attrs:{perm:a}}));let u=S.getInnerMostAxes(1,i)[0];if(u!==i-1)throw new Error(`WebGL cumprod shader expects an inner-most axis=${t.shape.length-1} but got axis=${s}`);let c=l.shape[u],p=ee({inputs:{x:l},backend:e});for(let m=0;m<=Math.ceil(Math.log2(c))-1;m++){let d=new Nc(r,l.shape,!1,o),f=[[m]],h=p;p=e.runWebGLProgram(d,[p],p.dtype,f),e.disposeIntermediateTensorInfo(h)}if(n){let m=new Nc(r,l.shape,n,o),d=p;p=e.runWebGLProgram(m,[p],p.dtype),e.disposeIntermediateTensorInfo(d)}if(a!=null){let m=S.getUndoAxesPermutation(a),d=Wt({inputs:{x:p},backend:e,attrs:{perm:m}});return e.disposeIntermediateTensorInfo(p),e.disposeIntermediateTensorInfo(l),d}return p}function pM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,exclusive:i,reverse:a}=s;return jf(To.Prod,n,e,o,i,a)}var jA={kernelName:Lc,backendName:"webgl",kernelFunc:pM};function mM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,exclusive:i,reverse:a}=s;return jf(To.Sum,n,e,o,i,a)}var XA={kernelName:Uo,backendName:"webgl",kernelFunc:mM};function dM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,weights:o}=t,{size:i,binaryOutput:a}=s;if(n.shape.length===1){let l=e.readSync(n.dataId),u=e.readSync(o.dataId),c=uf(l,u,o.dtype,o.shape,i);return e.makeTensorInfo([i],o.dtype,c)}else if(n.shape.length===2){let l=e.bufferSync(n),u=e.bufferSync(o),c=Ok(l,u,i,a);return e.makeTensorInfo(c.shape,o.dtype,c.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${n.shape.length}.`)}var YA={kernelName:Pc,backendName:"webgl",kernelFunc:dM};var Xf=class{constructor(t,e,s){this.variableNames=["x"],this.outputShape=[],this.outputShape=t,this.blockSize=e,this.dataFormat=s,this.userCode=`
    void main() {
      ivec4 coords = getOutputCoords();
      int b = coords[0];
      int h = ${this.getHeightCoordString()};
      int w = ${this.getWidthCoordString()};
      int d = ${this.getDepthCoordString()};

      int in_h = h / ${e};
      int offset_h = imod(h, ${e});
      int in_w = w / ${e};
      int offset_w = imod(w, ${e});
      int offset_d = (offset_h * ${e} + offset_w) *
        ${this.getOutputDepthSize()};
      int in_d = d + offset_d;

      float result = ${this.getInputSamplingString()};
      setOutput(result);
    }
  `}getHeightCoordString(){return this.dataFormat==="NHWC"?"coords[1]":"coords[2]"}getWidthCoordString(){return this.dataFormat==="NHWC"?"coords[2]":"coords[3]"}getDepthCoordString(){return this.dataFormat==="NHWC"?"coords[3]":"coords[1]"}getOutputDepthSize(){return this.dataFormat==="NHWC"?this.outputShape[3]:this.outputShape[1]}getInputSamplingString(){return this.dataFormat==="NHWC"?"getX(b, in_h, in_w, in_d)":"getX(b, in_d, in_h, in_w)"}};function fM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{blockSize:o,dataFormat:i}=s,a=n.shape[0],l=i==="NHWC"?n.shape[1]:n.shape[2],u=i==="NHWC"?n.shape[2]:n.shape[3],c=i==="NHWC"?n.shape[3]:n.shape[1],p=l*o,m=u*o,d=c/(o*o),f=i==="NHWC"?[a,p,m,d]:[a,d,p,m],h=new Xf(f,o,i);return e.runWebGLProgram(h,[n],n.dtype)}var QA={kernelName:Vc,backendName:"webgl",kernelFunc:fM};var Ul=class{constructor(t,e=!1,s=null,n=!1,o=!1){this.variableNames=["x","W"],this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=t.outShape,this.enableShapeUniforms=Rt(this.outputShape.length);let i=t.filterHeight,a=t.filterWidth,l=t.outChannels/t.inChannels,u="",c="";s&&(n?u=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${s}
        }`:o?u=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${s}
        }`:u=`
          float activation(float x) {
            ${s}
          }
        `,c="result = activation(result);");let p=e?"result += getBiasAtOutCoords();":"";e&&this.variableNames.push("bias"),n&&this.variableNames.push("preluActivationWeights"),o&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${u}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${l};
        int q = d2 - d1 * ${l};

        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, q) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        // TO DO(dsmilkov): Flatten the two for loops and vec4 the operations.
        for (int wR = 0; wR < ${i}; wR++) {
          int xR = xRCorner + wR * dilations[0];

          if (xR < 0 || xR >= inDims[0]) {
            continue;
          }

          for (int wC = 0; wC < ${a}; wC++) {
            int xC = xCCorner + wC * dilations[1];

            if (xC < 0 || xC >= inDims[1]) {
              continue;
            }

            float xVal = getX(batch, xR, xC, d1);
            float wVal = getW(wR, wC, d1, q);
            dotProd += xVal * wVal;
          }
        }

        float result = dotProd;
        ${p}
        ${c}
        setOutput(result);
      }
    `}};var Hl=class{constructor(t,e=!1,s=null,n=!1,o=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=t.outShape,this.enableShapeUniforms=Rt(this.outputShape.length);let i=t.outChannels/t.inChannels,a=t.padInfo.left,l=t.strideWidth,u=t.dilationWidth,c=t.filterHeight,p=t.filterWidth,m=p,d=`
      int xR; int xC; int xCOffset;
      vec4 wTexel; vec4 previous; vec4 final;`;for(let x=0;x<p;x++)d+=`
          vec4 xTexelC${x*2};
          int xTexelC${x*2}Ready;
          vec4 xTexelC${x*2+1};
          int xTexelC${x*2+1}Ready;
          vec4 xC${x};`;d+=`
    for (int r = 0; r < ${c}; r++) {
      `;for(let x=0;x<p;x++)d+=`
          xTexelC${x*2} = vec4(0.0);
          xTexelC${x*2}Ready = 0;
          xTexelC${x*2+1} = vec4(0.0);
          xTexelC${x*2+1}Ready = 0;
          xC${x} = vec4(0.0);`;d+=`
        xR = xRCorner + r * dilations[0];
        if (xR >=0 && xR < inDims[0]) {
      `;for(let x=0;x<(m+1)/2;x++){let y=x*2;if(d+=`
          xC = xCCorner + ${y*u};
          `,l===1){if(y<p&&(a%2===1?(d+=`
                xCOffset = xC + 1;
                if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xCOffset, d1);

                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }
              `,u===1&&y>0?d+=`
                xC${y} = vec4(xTexelC${y-2}.zw, xTexelC${y}.xy);
                `:d+=`
                  xCOffset = xC + 1 - 2;

                  if (xCOffset >= 0 && xCOffset < inDims[1]) {
                    previous = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      previous.zw = vec2(0.0);
                    }

                    xC${y} = vec4(previous.zw, xTexelC${y}.xy);
                  } else {
                    xC${y} = vec4(0.0, 0.0, xTexelC${y}.xy);
                  }
                  `):d+=`
                if (xC >= 0 && xC < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                xC${y} = xTexelC${y};
                `,y+1<p)){let N=a%2===0?C.nearestLargerEven(u):u;u%2===0&&a%2===1||u%2!==0&&a%2!==1?(d+=`
                  xCOffset = xC + imod(pads[1], 2) + ${N};

                  if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                    xTexelC${y+1} = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      xTexelC${y+1}.zw = vec2(0.0);
                    }
                    xTexelC${y+1}Ready = 1;
                  }
                  `,u>1?d+=`
                    xCOffset -= 2;
                    if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);
                     xC${y+1} = vec4(previous.zw, xTexelC${y+1}.xy);
                    } else {
                     xC${y+1} = vec4(0.0, 0.0, xTexelC${y+1}.xy);
                    }
                    `:d+=`
                    xC${y+1} = vec4(xTexelC${y}.zw, xTexelC${y+1}.xy);
                    `):N===1?d+=`
                    xC${y+1} = xTexelC${y};
                    `:d+=`
                    xCOffset = xC + ${N};

                    if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                      xTexelC${y+1} = getX(batch, xR, xCOffset, d1);
                      if (xCOffset + 1 >= inDims[1]) {
                        xTexelC${y+1}.zw = vec2(0.0);
                      }
                      xTexelC${y+1}Ready = 1;
                    }

                    xC${y+1} = xTexelC${y+1};
                    `}}else y<p&&(a%2===1?(d+=`
                xCOffset = xC + 1 - strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xCOffset, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${y+1}Ready == 0) {
                  xTexelC${y+1} = getX(batch, xR, xC + 1, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xC + 2 >= inDims[1]) {
                    xTexelC${y+1}.zw = vec2(0.0);
                  }
                  xTexelC${y+1}Ready = 1;
                }

                xC${y} = vec4(xTexelC${y}.zw, xTexelC${y+1}.zw);
              `,y+1<p&&(d+=`
                  final = vec4(0.0);
                  xCOffset = xC + 1 + strides[1];
                  if(xCOffset >= 0 && xCOffset < inDims[1]) {
                    final = getX(batch, xR, xCOffset, d1);
                  }
                  xC${y+1} = vec4(xTexelC${y+1}.xy, final.xy);
                `)):(d+=`
                if(xC >= 0 && xC < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                xCOffset = xC + strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                  xTexelC${y+1} = getX(batch, xR, xCOffset, d1);
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y+1}.zw = vec2(0.);
                  }
                  xTexelC${y+1}Ready = 1;
                }

                xC${y} = vec4(
                  xTexelC${y}.xy, xTexelC${y+1}.xy);
              `,y+1<p&&(d+=`
                  xC${y+1} = vec4(xTexelC${y}.zw, xTexelC${y+1}.zw);
                `)));y<p&&(d+=`
            wTexel = getW(r, ${y}, d1, q);
            dotProd += xC${y} * vec4(wTexel.xz, wTexel.xz);
          `,y+1<p&&(d+=`
              wTexel = getW(r, ${y+1}, d1, q);
              dotProd += xC${y+1} * vec4(wTexel.xz, wTexel.xz);
            `))}d+=`
    }
  `,d+=`
      }
    `;let f="",h="";s&&(n?f=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${s}
        }`:o?f=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${s}
        }`:f=`vec4 activation(vec4 x) {
          ${s}
        }`,h="result = activation(result);");let g=e?"result += getBiasAtOutCoords();":"";e&&this.variableNames.push("bias"),n&&this.variableNames.push("preluActivationWeights"),o&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${f}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${i};
        int q = d2 - d1 * ${i};
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
        vec4 dotProd = vec4(0.000000000000001);

        ${d}

        vec4 result = dotProd - vec4(0.000000000000001);
        ${g}
        ${h}
        setOutput(result);
      }
    `}};function hM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,filter:o}=t,{strides:i,pad:a,dilations:l,dimRoundingMode:u}=s,c=l;c==null&&(c=[1,1]),C.assert(S.eitherStridesOrDilationsAreOne(i,c),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${i} and dilations '${c}'`);let p=S.computeConv2DInfo(n.shape,o.shape,i,c,a,u,!0),m;O().getBool("WEBGL_PACK_DEPTHWISECONV")&&p.strideWidth<=2&&p.outChannels/p.inChannels===1?m=new Hl(p):m=new Ul(p);let d=[[p.padInfo.top,p.padInfo.left],[p.strideHeight,p.strideWidth],[p.dilationHeight,p.dilationWidth],[p.inHeight,p.inWidth]];return e.runWebGLProgram(m,[n,o],"float32",d)}var ZA={kernelName:Ho,backendName:"webgl",kernelFunc:hM};var Yf=class{constructor(t){this.variableNames=["x","dy"],this.outputShape=t.filterShape;let e=t.strideHeight,s=t.strideWidth,n=t.padInfo.top,o=t.padInfo.left,i=t.outChannels/t.inChannels;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int dm = coords.w;
        int d2 = d1 * ${i} + dm;

        float dotProd = 0.0;

        // TO DO: Vec4 over the batch size
        for (int b = 0; b < ${t.batchSize}; b++) {
          for (int yR = 0; yR < ${t.outHeight}; yR++) {
            int xR = wR + yR * ${e} - ${n};

            if (xR < 0 || xR >= ${t.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${t.outWidth}; yC++) {
              int xC = wC + yC * ${s} - ${o};

              if (xC < 0 || xC >= ${t.inWidth}) {
                continue;
              }

              float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Qf=class{constructor(t){this.variableNames=["dy","W"],this.outputShape=t.inShape;let e=t.filterHeight,s=t.filterWidth,n=t.strideHeight,o=t.strideWidth,i=e-1-t.padInfo.top,a=s-1-t.padInfo.left,l=t.outChannels/t.inChannels;this.userCode=`
      const ivec2 pads = ivec2(${i}, ${a});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];
        ivec2 dyCorner = coords.yz - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        float dotProd = 0.0;

        for (int wR = 0; wR < ${e}; wR++) {
          float dyR = float(dyRCorner + wR) / ${n}.0;

          if (dyR < 0.0 || dyR >= ${t.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${e} - 1 - wR;

          for (int wC = 0; wC < ${s}; wC++) {
            float dyC = float(dyCCorner + wC) / ${o}.0;

            if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${s} - 1 - wC;

            // TO DO: Vec4 over the channelMul
            for (int dm = 0; dm < ${l}; dm++) {
              int d2 = d1 * ${l} + dm;
              float xValue = getDy(batch, idyR, idyC, d2);
              float wValue = getW(wRPerm, wCPerm, d1, dm);
              dotProd += xValue * wValue;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function gM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,dy:o}=t,{strides:i,dilations:a,pad:l,dimRoundingMode:u,filterShape:c}=s,p=S.computeConv2DInfo(n.shape,c,i,a,l,u,!0),m=new Yf(p);return e.runWebGLProgram(m,[n,o],"float32")}var JA={kernelName:Bc,backendName:"webgl",kernelFunc:gM};function xM(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,filter:o}=t,{strides:i,dilations:a,pad:l,dimRoundingMode:u,inputShape:c}=s,p=S.computeConv2DInfo(c,o.shape,i,a,l,u,!0),m=new Qf(p);return e.runWebGLProgram(m,[n,o],"float32")}var tE={kernelName:Mc,backendName:"webgl",kernelFunc:xM};var Zf=class{constructor(t){this.variableNames=["X"],this.outputShape=[t,t],this.userCode=`
      void main() {
          ivec2 coords = getOutputCoords();
          float val = coords[0] == coords[1] ? getX(coords[0]) : 0.0;
          setOutput(val);
      }
    `}};function yM(r){let{inputs:t,backend:e}=r,{x:s}=t,n=[...s.shape,...s.shape],o=C.sizeFromShape(s.shape),i=q({inputs:{x:s},backend:e,attrs:{shape:[o]}}),a=new Zf(o),l=e.runWebGLProgram(a,[i],i.dtype),u=q({inputs:{x:l},backend:e,attrs:{shape:n}});return e.disposeIntermediateTensorInfo(i),e.disposeIntermediateTensorInfo(l),u}var eE={kernelName:Gc,backendName:"webgl",kernelFunc:yM};var Jf=class{constructor(t){this.variableNames=["x","W"],this.outputShape=t.outShape;let{inHeight:e,inWidth:s,padInfo:n,strideHeight:o,strideWidth:i,filterHeight:a,filterWidth:l,dilationHeight:u,dilationWidth:c}=t,{top:p,left:m}=n;this.userCode=`
      const ivec2 strides = ivec2(${o}, ${i});
      const ivec2 pads = ivec2(${p}, ${m});
      const float neg_infinity = -3.4e38;

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.w;
        ivec2 outTopLeftCorner =
            coords.yz * strides - pads;
        int hBeg = outTopLeftCorner.x;
        int wBeg = outTopLeftCorner.y;

        float curVal = neg_infinity;
        for (int h = 0; h < ${a}; h++) {
          int hIn = hBeg + h * ${u};

          if (hIn >= 0 && hIn < ${e}) {
            for (int w = 0; w < ${l}; w++) {
              int wIn = wBeg + w * ${c};

              if (wIn >= 0 && wIn < ${s}) {
                float xVal = getX(batch, hIn, wIn, d1);
                float wVal = getW(h, w, d1);

                float val = xVal + wVal;
                if (val > curVal) {
                  curVal = val;
                }
              }
            }
          }
        }

        float result = curVal;
        setOutput(result);
      }
    `}};function bM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,filter:o}=t,{strides:i,pad:a,dilations:l}=s,u=S.computeDilation2DInfo(n.shape,o.shape,i,a,"NHWC",l),c,p=new Jf(u);c=e.runWebGLProgram(p,[n,o],"float32");let m=q({inputs:{x:c},backend:e,attrs:{shape:u.outShape}});return e.disposeIntermediateTensorInfo(c),m}var rE={kernelName:Ko,backendName:"webgl",kernelFunc:bM};function CM(r){let{inputs:t,backend:e,attrs:s}=r,{equation:n}=s,o=t,{allDims:i,summedDims:a,idDims:l}=S.decodeEinsumEquation(n,o.length);S.checkEinsumDimSizes(i.length,l,o);let{path:u,steps:c}=S.getEinsumComputePath(a,l),p=c.length,m=null,d=i.length,f=[];for(let h=0;h<p;++h){for(let g of c[h]){let{permutationIndices:x,expandDims:y}=S.getEinsumPermutation(d,l[g]),N;S.isIdentityPermutation(x)?N=o[g]:(N=Wt({inputs:{x:o[g]},backend:e,attrs:{perm:x}}),f.push(N));let w=N.shape.slice();for(let I=0;I<y.length;++I)w.splice(y[I],0,1);C.arraysEqual(N.shape,w)||(N=q({inputs:{x:N},backend:e,attrs:{shape:w}}),f.push(N)),m===null?m=N:(m=Cc({inputs:{a:N,b:m},backend:e}),f.push(m))}h<p-1&&(u[h]>=0&&(m=So({inputs:{x:m},backend:e,attrs:{axis:u[h]-(i.length-d),keepDims:!1}}),f.push(m)),d--)}for(let h of f)h!==m&&e.disposeIntermediateTensorInfo(h);return m}var sE={kernelName:Wc,backendName:"webgl",kernelFunc:CM};var wM="return (x >= 0.0) ? x : (exp(x) - 1.0);",NM=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,SM=nt({opSnippet:wM,packedOpSnippet:NM}),nE={kernelName:"Elu",backendName:"webgl",kernelFunc:SM};var IM="return (b >= 0.0) ? a : a * (b + 1.0);",vM=`
  vec4 bGTEZero = vec4(greaterThanEqual(b, vec4(0.)));
  return (bGTEZero * a) + ((vec4(1.0) - bGTEZero) * (a * (b + vec4(1.0))));
`,TM=r=>{let{inputs:t,backend:e}=r,{dy:s,y:n}=t,o=O().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new mr(vM,s.shape,n.shape):new Je(IM,s.shape,n.shape);return e.runWebGLProgram(o,[s,n],s.dtype)},oE={kernelName:qo,backendName:"webgl",kernelFunc:TM};var kM=`
  return vec4(equal(a, b));
`,AM="return float(a == b);",EM=At({opSnippet:AM,packedOpSnippet:kM,dtype:"bool",cpuKernelImpl:Pk}),iE={kernelName:Xb,backendName:"webgl",kernelFunc:EM};var RM=`
  // Error function is calculated approximately with elementary function.
  // See "Handbook of Mathematical Functions with Formulas,
  // Graphs, and Mathematical Tables", Abramowitz and Stegun.
  float p = ${S.ERF_P};
  float a1 = ${S.ERF_A1};
  float a2 = ${S.ERF_A2};
  float a3 = ${S.ERF_A3};
  float a4 = ${S.ERF_A4};
  float a5 = ${S.ERF_A5};

  float sign = sign(x);
  x = abs(x);
  float t = 1.0 / (1.0 + p * x);
  return sign * (1.0 - (((((a5*t + a4)*t) + a3)*t + a2)*t + a1)*t*exp(-x*x));
`,$M=nt({opSnippet:RM}),aE={kernelName:"Erf",backendName:"webgl",kernelFunc:$M};var DM=zr+`
  return exp(x);
`,OM=`
  vec4 result = exp(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,Fb=nt({opSnippet:DM,packedOpSnippet:OM,cpuKernelImpl:Vk,dtype:"float32"}),lE={kernelName:"Exp",backendName:"webgl",kernelFunc:Fb};function th(r){let{inputs:t,attrs:e,backend:s}=r,{dim:n}=e,{input:o}=t,i=o.shape.length,a=o.shape.slice(),l=n;return n<0&&(C.assert(-(i+1)<=n,()=>`Axis must be in the interval [${-(i+1)}, ${i}]`),l=i+n+1),a.splice(l,0,1),q({inputs:{x:o},backend:s,attrs:{shape:a}})}var uE={kernelName:Xo,backendName:"webgl",kernelFunc:th};var cE="return exp(x) - 1.0;",FM=nt({opSnippet:cE,packedOpSnippet:cE,cpuKernelImpl:Bk}),pE={kernelName:Uc,backendName:"webgl",kernelFunc:FM};var Sc=class{constructor(t,e,s){this.variableNames=["real","imag"];let n=e[1];this.outputShape=e;let o=s?`2.0 * ${Math.PI}`:`-2.0 * ${Math.PI}`,i=s?`${n}.0`:"1.0",a;if(t==="real")a="return real * expR - imag * expI;";else if(t==="imag")a="return real * expI + imag * expR;";else throw new Error(`FFT component must be either "real" or "imag", got ${t}.`);this.userCode=`
      const float exponentMultiplier = ${o};

      float unaryOpComplex(float real, float expR, float imag, float expI) {
        ${a}
      }

      float mulMatDFT(int batch, int index) {
        float indexRatio = float(index) / float(${n});
        float exponentMultiplierTimesIndexRatio =
            exponentMultiplier * indexRatio;

        float result = 0.0;

        for (int i = 0; i < ${n}; i++) {
          // x = (-2|2 * PI / N) * index * i;
          float x = exponentMultiplierTimesIndexRatio * float(i);
          float expR = cos(x);
          float expI = sin(x);
          float real = getReal(batch, i);
          float imag = getImag(batch, i);

          result +=
              unaryOpComplex(real, expR, imag, expI) / ${i};
        }

        return result;
      }

      void main() {
        ivec2 coords = getOutputCoords();
        setOutput(mulMatDFT(coords[0], coords[1]));
      }
    `}};function eh(r,t,e){let s=e.texData.get(r.dataId),n=C.sizeFromShape(r.shape),o=r.shape[r.shape.length-1],i=n/o,a=q({inputs:{x:r},backend:e,attrs:{shape:[i,o]}}),l=a.shape,u=new Sc("real",l,t),c=new Sc("imag",l,t),p=[{dataId:s.complexTensorInfos.real.dataId,dtype:s.complexTensorInfos.real.dtype,shape:l},{dataId:s.complexTensorInfos.imag.dataId,dtype:s.complexTensorInfos.imag.dtype,shape:l}],m=e.runWebGLProgram(u,p,"float32"),d=e.runWebGLProgram(c,p,"float32"),f=tr({inputs:{real:m,imag:d},backend:e});e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(d);let h=q({inputs:{x:f},backend:e,attrs:{shape:r.shape}});return e.disposeIntermediateTensorInfo(a),e.disposeIntermediateTensorInfo(f),h}function _M(r){let{inputs:t,backend:e}=r,{input:s}=t;return eh(s,!1,e)}var mE={kernelName:"FFT",backendName:"webgl",kernelFunc:_M};var rh=class{constructor(t,e){this.outputShape=[],this.customUniforms=[{name:"value",type:"float"}],this.variableNames=["x"],this.outputShape=t,this.userCode=`
      void main() {
        // Input can be obtained from uniform value.
        setOutput(value);
      }
    `}};function Bs(r){let{backend:t,attrs:e}=r,{shape:s,value:n}=e,{dtype:o}=e;if(o=o||C.inferDtype(n),o==="string"){let i=C.getArrayFromDType(o,C.sizeFromShape(s));return i.fill(n),t.makeTensorInfo(s,o,i)}else{let i=new rh(s,n),a=[[n]];return t.runWebGLProgram(i,[],o,a)}}var dE={kernelName:Kc,backendName:"webgl",kernelFunc:Bs};var sh=class{constructor(t){this.variableNames=["Image"],this.outputShape=[];let e=t[2];this.outputShape=t,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];

          int coordX = ${e} - x - 1;
          float outputValue;
          if(coordX >= 0 && coordX < ${e}) {
            outputValue = getImage(coords[0], coords[1], coordX, coords[3]);
          } else {
            outputValue = getImage(coords[0], coords[1], coords[2], coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var fE={kernelName:qc,backendName:"webgl",kernelFunc:({inputs:r,backend:t})=>{let{image:e}=r,s=t,n=new sh(e.shape);return s.runWebGLProgram(n,[e],e.dtype)}};var hE="return floor(x);",LM=nt({opSnippet:hE,packedOpSnippet:hE,cpuKernelImpl:Mk}),gE={kernelName:jc,backendName:"webgl",kernelFunc:LM};var zM=`
  float s = sign(a) * sign(b);
  int ia = round(a);
  int ib = round(b);
  if (ib != 0) {
    // Windows (D3D) wants guaranteed non-zero int division at compile-time.
    return float(idiv(ia, ib, s));
  } else {
    return NAN;
  }
`,PM=`
  ivec4 ia = round(a);
  ivec4 ib = round(b);
  bvec4 cond = notEqual(ib, ivec4(0));
  ivec4 result = ivec4(0);
  vec4 s = sign(a) * sign(b);

  // Windows (D3D) wants guaranteed non-zero int division at compile-time.
  if (cond[0]) {
    result[0] = idiv(ia[0], ib[0], s[0]);
  }
  if (cond[1]) {
    result[1] = idiv(ia[1], ib[1], s[1]);
  }
  if (cond[2]) {
    result[2] = idiv(ia[2], ib[2], s[2]);
  }
  if (cond[3]) {
    result[3] = idiv(ia[3], ib[3], s[3]);
  }
  return vec4(result);
`,VM=At({opSnippet:zM,packedOpSnippet:PM,dtype:"int32"}),xE={kernelName:Xc,backendName:"webgl",kernelFunc:VM};var nh=class{constructor(t){this.variableNames=["A"];let e=Xt(),[s,n]=t;this.outputShape=t,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${n}.0, ${s}.0);

        vec4 values = ${e.texture2D}(A, uv);
        float value;
        if (depth == 0) {
          value = values.r;
        } else if (depth == 1) {
          value = values.g;
        } else if (depth == 2) {
          value = values.b;
        } else if (depth == 3) {
          value = values.a;
        }

        setOutput(floor(value * 255.0 + 0.5));
      }
    `}};var oh=class{constructor(t){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0;let e=Xt(),[s,n]=t;this.outputShape=t,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];

        vec4 result = vec4(0.);

        for(int row=0; row<=1; row++) {
          for(int col=0; col<=1; col++) {
            texC = coords[1] + row;
            depth = coords[2] + col;

            vec2 uv = (vec2(texC, texR) + halfCR) /
                       vec2(${n}.0, ${s}.0);
            vec4 values = ${e.texture2D}(A, uv);
            float value;
            if (depth == 0) {
              value = values.r;
            } else if (depth == 1) {
              value = values.g;
            } else if (depth == 2) {
              value = values.b;
            } else if (depth == 3) {
              value = values.a;
            }

            result[row * 2 + col] = floor(value * 255.0 + 0.5);
          }
        }

        ${e.output} = result;
      }
    `}};var yE={kernelName:sC,backendName:"webgl",kernelFunc:BM},Kl,_b=O().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");function BM(r){let{inputs:t,backend:e,attrs:s}=r,{pixels:n}=t,{numChannels:o}=s,i=typeof HTMLVideoElement<"u"&&n instanceof HTMLVideoElement,a=typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement,[l,u]=i?[n.videoWidth,n.videoHeight]:[n.width,n.height],c=[u,l],p=[u,l,o];if(a||i){let h=O().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");(Kl==null||h!==_b)&&(_b=h,Kl=document.createElement("canvas").getContext("2d",{willReadFrequently:_b})),Kl.canvas.width=l,Kl.canvas.height=u,Kl.drawImage(n,0,0,l,u),n=Kl.canvas}let m=e.makeTensorInfo(c,"int32");e.texData.get(m.dataId).usage=ke.PIXELS,e.gpgpu.uploadPixelDataToTexture(e.getTexture(m.dataId),n);let d=O().getBool("WEBGL_PACK")?new oh(p):new nh(p),f=e.runWebGLProgram(d,[m],"int32");return e.disposeData(m.dataId),f}function MM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,filter:o,bias:i,preluActivationWeights:a}=t,{strides:l,pad:u,dataFormat:c,dilations:p,dimRoundingMode:m,activation:d,leakyreluAlpha:f}=s,h=S.convertConv2DDataFormat(c),g=S.computeConv2DInfo(n.shape,o.shape,l,p,u,m,!1,h),x,y=[],N=i!=null,w=a!=null,I=d==="leakyrelu",T=()=>{let E=[n,o],D=(F,z)=>{if(z==="NCHW"&&F.shape.length===1&&F.shape[0]!==1){let W=q({inputs:{x:F},backend:e,attrs:{shape:[F.shape[0],1,1]}});return y.push(W),W}return F};if(N&&E.push(D(i,c)),w&&E.push(D(a,c)),I){let F=e.makeTensorInfo([],"float32",C.createScalarValue(f,"float32"));E.push(F),y.push(F)}return E};if(g.filterHeight===1&&g.filterWidth===1&&g.dilationHeight===1&&g.dilationWidth===1&&g.strideHeight===1&&g.strideWidth===1&&(g.padInfo.type==="SAME"||g.padInfo.type==="VALID"))x=Bf({x:n,filter:o,convInfo:g,backend:e,bias:i,activation:d,preluActivationWeights:a,leakyreluAlpha:f});else if(g.strideWidth<=2&&h==="channelsLast"&&O().getBool("WEBGL_EXP_CONV")){let E=d?Ps(d,!0):null,D=new Wl(g,N,E,w,I),F=[[g.padInfo.top,g.padInfo.left],[g.strideHeight,g.strideWidth],[g.dilationHeight,g.dilationWidth],[g.inHeight,g.inWidth]],z=T();x=e.runWebGLProgram(D,z,"float32",F)}else if(O().getBool("WEBGL_CONV_IM2COL"))x=Mf({x:n,filter:o,convInfo:g,backend:e,bias:i,activation:d,preluActivationWeights:a,leakyreluAlpha:f});else{let E=d?Ps(d,!1):null,D=new Gl(g,N,E,w,I),F=T();x=e.runWebGLProgram(D,F,"float32")}let A=q({inputs:{x},backend:e,attrs:{shape:g.outShape}});return y.push(x),y.forEach(E=>e.disposeIntermediateTensorInfo(E)),A}var bE={kernelName:Pp,backendName:"webgl",kernelFunc:MM};function GM(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,filter:o,bias:i,preluActivationWeights:a}=t,{strides:l,pad:u,dilations:c,dimRoundingMode:p,activation:m,leakyreluAlpha:d}=s,f=[],h=c;h==null&&(h=[1,1]),C.assert(S.eitherStridesOrDilationsAreOne(l,h),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${l} and dilations '${h}'`);let g=S.computeConv2DInfo(n.shape,o.shape,l,h,u,p,!0),x=O().getBool("WEBGL_PACK_DEPTHWISECONV")&&g.strideWidth<=2&&g.outChannels/g.inChannels===1,y=m?Ps(m,x):null,N=[n,o],w=i!=null,I=a!=null,T=m==="leakyrelu";if(w&&N.push(i),I&&N.push(a),T){let F=e.makeTensorInfo([],"float32",C.createScalarValue(d,"float32"));N.push(F),f.push(F)}let A;x?A=new Hl(g,w,y,I,T):A=new Ul(g,w,y,I,T);let E=[[g.padInfo.top,g.padInfo.left],[g.strideHeight,g.strideWidth],[g.dilationHeight,g.dilationWidth],[g.inHeight,g.inWidth]],D=e.runWebGLProgram(A,N,"float32",E);return f.forEach(F=>e.disposeIntermediateTensorInfo(F)),D}var CE={kernelName:Vp,backendName:"webgl",kernelFunc:GM};var ih=class{constructor(t,e,s,n){this.sliceDim=t,this.strides=e,this.paramsShape=n,this.variableNames=["x","indices"],this.outputShape=s;let o=ht(s.length),i=`
    int index;`;for(let a=0;a<this.sliceDim;a++)i+=`
          index = round(getIndices(coords[0], ${a}));
          out_of_bounds = out_of_bounds || index < 0;
          out_of_bounds = out_of_bounds || index >= ${this.paramsShape[a]};
          flattenIndex += index * ${this.strides[a]};`;this.userCode=`
         void main() {
          ${o} coords = getOutputCoords();
          int flattenIndex = 0;
          bool out_of_bounds = false;

          ${i}

          setOutput(out_of_bounds ? 0.0 : getX(flattenIndex, coords[1]));
        }
      `}};function WM(r){let{inputs:t,backend:e}=r,{params:s,indices:n}=t,o=n.shape,i=o[o.length-1],a=C.sizeFromShape(s.shape),[l,u,c,p]=S.prepareAndValidate(s,n),m=q({inputs:{x:n},backend:e,attrs:{shape:[u,i]}}),d=q({inputs:{x:s},backend:e,attrs:{shape:[C.sizeFromShape(s.shape)/c,c]}});if(e.shouldExecuteOnCPU([s,n])||s.dtype==="string"){let x=e.readSync(n.dataId),y=e.bufferSync(s),N=Gk(x,y,s.dtype,u,i,c,p,s.shape,a);return e.makeTensorInfo(l,s.dtype,N.values)}let f=new ih(i,p,[u,c],s.shape),h=e.runWebGLProgram(f,[d,m],d.dtype),g=q({inputs:{x:h},backend:e,attrs:{shape:l}});return e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(h),g}var wE={kernelName:Yc,backendName:"webgl",kernelFunc:WM};var ah=class{constructor(t,e){this.variableNames=["A","indices"],this.outputShape=e,this.rank=e.length;let s=ht(this.rank),n=UM(t,2);this.userCode=`
      void main() {
        ${s} resRC = getOutputCoords();
        int index = int(getIndices(resRC.x, resRC.z));
        float inBounds = (index >= 0) && (index < ${t[2]}) ? 1.0 : 0.0;
        setOutput(inBounds * getA(${n}));
      }
    `}};function UM(r,t){let e=["resRC.x","resRC.y","resRC.z","resRC.w"],s=[];for(let n=0;n<r.length;n++)n===2?s.push("index"):s.push(`${e[n]}`);return s.join()}function Lb(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,indices:o}=t,{axis:i,batchDims:a}=s,l=C.parseAxisParam(i,n.shape)[0];if(O().get("DEBUG")){let y=e.readSync(o.dataId),N=n.shape[l];for(let w=0;w<y.length;++w){let I=y[w];C.assert(I<=N-1&&I>=0,()=>`GatherV2: the index value ${I} is not in [0, ${N-1}]`)}}let u=S.segment_util.collectGatherOpShapeInfo(n,o,l,a),c=C.sizeFromShape(o.shape),p=[],m=q({inputs:{x:n},backend:e,attrs:{shape:[u.batchSize,u.outerSize,u.dimSize,u.sliceSize]}}),d=q({inputs:{x:o},backend:e,attrs:{shape:[u.batchSize,c/u.batchSize]}});p.push(m),p.push(d);let f=[u.batchSize,u.outerSize,c/u.batchSize,u.sliceSize];if(e.shouldExecuteOnCPU([n,o])||n.dtype==="string"){let y=e.bufferSync(d),N=e.bufferSync(m),w=Wk(N,y,f);return p.forEach(I=>e.disposeIntermediateTensorInfo(I)),e.makeTensorInfo(u.outputShape,w.dtype,w.values)}let h=new ah(m.shape,f),g=e.runWebGLProgram(h,[m,d],m.dtype);p.push(g);let x=q({inputs:{x:g},backend:e,attrs:{shape:u.outputShape}});return p.forEach(y=>e.disposeIntermediateTensorInfo(y)),x}var NE={kernelName:Qo,backendName:"webgl",kernelFunc:Lb};var HM="return float(a > b);",KM=`
  return vec4(greaterThan(a, b));
`,qM=At({opSnippet:HM,packedOpSnippet:KM,cpuKernelImpl:Uk,dtype:"bool"}),SE={kernelName:Yb,backendName:"webgl",kernelFunc:qM};var jM="return float(a >= b);",XM=`
  return vec4(greaterThanEqual(a, b));
`,YM=At({opSnippet:jM,packedOpSnippet:XM,dtype:"bool",cpuKernelImpl:Hk}),IE={kernelName:Qc,backendName:"webgl",kernelFunc:YM};function QM(r){let{inputs:t,backend:e}=r,{input:s}=t;return eh(s,!0,e)}var vE={kernelName:Jc,backendName:"webgl",kernelFunc:QM};var ZM="return float(!isnan(x) && !isinf(x));",JM=nt({opSnippet:ZM,dtype:"bool"}),TE={kernelName:In,backendName:"webgl",kernelFunc:JM};var tG="return float(isinf(x));",eG=nt({opSnippet:tG,dtype:"bool"}),kE={kernelName:vn,backendName:"webgl",kernelFunc:eG};var rG="return float(isnan(x));",sG=nt({opSnippet:rG,dtype:"bool"}),AE={kernelName:Tn,backendName:"webgl",kernelFunc:sG};var nG="return float(a < b);",oG=`
  return vec4(lessThan(a, b));
`,iG=At({opSnippet:nG,packedOpSnippet:oG,cpuKernelImpl:Kk,dtype:"bool"}),EE={kernelName:Qb,backendName:"webgl",kernelFunc:iG};var aG="return float(a <= b);",lG=`
  return vec4(lessThanEqual(a, b));
`,uG=At({opSnippet:aG,packedOpSnippet:lG,cpuKernelImpl:qk,dtype:"bool"}),RE={kernelName:Zb,backendName:"webgl",kernelFunc:uG};function cG(r){let{backend:t,attrs:e}=r,{start:s,stop:n,num:o}=e,i=jk(s,n,o);return t.makeTensorInfo([i.length],"float32",i)}var $E={kernelName:ep,backendName:"webgl",kernelFunc:cG};var pG=zr+`
  return x < 0.0 ? 0./0. : log(x);
`,mG=`
  vec4 result = log(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : (x.r < 0.0 ? 0./0. : result.r);
  result.g = isNaN.g ? x.g : (x.g < 0.0 ? 0./0. : result.g);
  result.b = isNaN.b ? x.b : (x.b < 0.0 ? 0./0. : result.b);
  result.a = isNaN.a ? x.a : (x.a < 0.0 ? 0./0. : result.a);
  return result;
`,dG=nt({opSnippet:pG,packedOpSnippet:mG,cpuKernelImpl:Xk}),DE={kernelName:"Log",backendName:"webgl",kernelFunc:dG};var fG=zr+`
  return log(1.0 + x);
`,hG=nt({opSnippet:fG}),OE={kernelName:kn,backendName:"webgl",kernelFunc:hG};var gG="return float(a >= 1.0 && b >= 1.0);",xG=`
  return vec4(
    vec4(greaterThanEqual(a, vec4(1.0))) *
    vec4(greaterThanEqual(b, vec4(1.0))));
`,yG=At({opSnippet:gG,packedOpSnippet:xG,dtype:"bool"}),FE={kernelName:Yl,backendName:"webgl",kernelFunc:yG};var bG="return float(!(x >= 1.0));",CG=nt({opSnippet:bG}),_E={kernelName:Ql,backendName:"webgl",kernelFunc:CG};var wG="return float(a >= 1.0 || b >= 1.0);",NG=`
  return min(
    vec4(greaterThanEqual(a, vec4(1.0))) +
    vec4(greaterThanEqual(b, vec4(1.0))),
    vec4(1.0));
`,SG=At({opSnippet:wG,packedOpSnippet:NG,dtype:"bool"}),LE={kernelName:Zl,backendName:"webgl",kernelFunc:SG};var lh=class{constructor(t,e,s,n,o){this.variableNames=["x"],this.outputShape=[];let i=e,a=t[3]-1;this.outputShape=t;let l,u=`float(${s}) + float(${n}) * sum`;o===.5?l=`inversesqrt(${u})`:o===1?l=`1.0/(${u})`:l=`exp(log(${u}) * float(-${o}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];
        int d = coords[3];
        float x = getX(b, r, c, d);
        float sum = 0.0;
        for (int j = -${i}; j <= ${i}; j++) {
          int idx = d + j;
          if (idx >= 0 && idx <=  ${a}) {
            float z = getX(b, r, c, idx);
            sum += z * z;
          }
        }
        float val = x * ${l};
        setOutput(val);
      }
    `}};var uh=class{constructor(t,e,s,n,o){this.variableNames=["x"],this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0;let i=e,a=t[3]-1;this.outputShape=t;let l,u=`float(${s}) + float(${n}) * sum`;o===.5?l=`inversesqrt(${u})`:o===1?l=`1.0/(${u})`:l=`exp(log(${u}) * float(-${o}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords.x;
        int r = coords.y;
        int c = coords.z;
        int d = coords.w;

        bool hasNextCol = d < ${this.outputShape[3]};
        bool hasNextRow = c < ${this.outputShape[2]};

        vec4 sum = vec4(0.);
        vec4 xFragAtOutputCoords = getX(b, r, c, d);

        vec4 xAtOutputCoords = vec4(
          getChannel(xFragAtOutputCoords, vec2(c, d)),
          hasNextCol ?
            getChannel(xFragAtOutputCoords, vec2(c, d + 1)) : 0.0,
          hasNextRow ?
            getChannel(xFragAtOutputCoords , vec2(c + 1, d)) : 0.0,
          (hasNextRow && hasNextCol) ?
            getChannel(xFragAtOutputCoords, vec2(c + 1, d + 1)) : 0.0
        );

        int firstChannel = d - ${i};
        vec2 cache = vec2(0.);
        if(firstChannel >= 0){
          vec4 firstChannelFrag = getX(b, r, c, firstChannel);
          cache.x = getChannel(firstChannelFrag, vec2(c, firstChannel));
            if(hasNextRow){
              cache.y = getChannel(firstChannelFrag, vec2(c + 1, firstChannel));
            }
        }

        ivec2 depth = ivec2(d, d + 1);
        for (int j = - ${i}; j <= ${i}; j++) {
          ivec2 idx = depth + j;
          bvec2 aboveLowerBound = greaterThanEqual(idx, ivec2(0));
          bvec2 belowUpperBound = lessThanEqual(idx, ivec2(${a}));

          bool depthInRange = aboveLowerBound.x && belowUpperBound.x;
          bool depthPlusOneInRange = aboveLowerBound.y && belowUpperBound.y;

          if(depthInRange || depthPlusOneInRange){
            vec4 z = vec4(0.);
            vec4 xFragAtCurrentDepth;
            z.xz = cache.xy;
            if(depthPlusOneInRange && hasNextCol){
              xFragAtCurrentDepth = idx.y != d ?
                getX(b, r, c, idx.y) : xFragAtOutputCoords;
              z.y = getChannel(xFragAtCurrentDepth, vec2(c, idx.y));
              if(hasNextRow){
                z.w = getChannel(xFragAtCurrentDepth, vec2(c + 1, idx.y));
              }
            }
            cache.xy = z.yw;
            sum += z * z;
          }
        }
        vec4 result = xAtOutputCoords * ${l};
        setOutput(result);
      }
    `}};var IG=r=>{let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{depthRadius:o,bias:i,alpha:a,beta:l}=s,u=O().getBool("WEBGL_PACK_NORMALIZATION")?new uh(n.shape,o,i,a,l):new lh(n.shape,o,i,a,l);return e.runWebGLProgram(u,[n],n.dtype)},zE={kernelName:"LRN",backendName:"webgl",kernelFunc:IG};var ch=class{constructor(t,e,s,n,o){this.variableNames=["inputImage","outputImage","dy"],this.outputShape=[],this.outputShape=t,this.depth=t[3],this.depthRadius=e,this.bias=s,this.alpha=n,this.beta=o,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];

        float result = 0.0;
        for (int d = 0; d < ${this.depth}; ++d) {
          int depthBegin = int(max(0.0, float(d - ${e})));
          int depthEnd = int(min(float(${this.depth}),
              float(d + ${e} + 1)));

          const int MIN_DEPTH_BEGIN = 0;
          const int MAX_DEPTH_END = ${this.depth};

          float norm = 0.0;
          for (int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k) {
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd) {
              norm += getInputImage(b, r, c, k) * getInputImage(b, r, c, k);
            }
            else {
              break;
            }
          }

          norm = float(${n}) * norm + float(${s});

          for(int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k){
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd){
              float dyi = -2.0 * float(${n})
                * float(${o})
                * getInputImage(b, r, c, k) * getOutputImage(b, r, c, d)
                / norm;
              if (k == d) {
                dyi += pow(norm, -1.0 * ${o});
              }
              if (k == coords[3]) {
                dyi *= getDy(b, r, c, d);
                result += dyi;
              }
            }
            else {
              break;
            }
          }
      }
      setOutput(result);
      }
    `}};var vG=r=>{let{inputs:t,backend:e,attrs:s}=r,{x:n,y:o,dy:i}=t,{depthRadius:a,bias:l,alpha:u,beta:c}=s,p=new ch(n.shape,a,l,u,c);return e.runWebGLProgram(p,[n,o,i],n.dtype)},PE={kernelName:Jo,backendName:"webgl",kernelFunc:vG};function VE(r,t,e,s){let n=C.sizeFromShape(t),i=C.sizeFromShape(r.shape)/n,a=q({inputs:{x:r},attrs:{shape:[i,n]},backend:s}),l=fr(a,r.dtype,"max",s),u=q({inputs:{x:l},attrs:{shape:e},backend:s});return s.disposeIntermediateTensorInfo(a),s.disposeIntermediateTensorInfo(l),u}function zb(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{reductionIndices:o,keepDims:i}=s,a=n.shape.length,l=C.parseAxisParam(o,n.shape),u=l,c=S.getAxesPermutation(u,a),p=c!=null,m=e.shouldExecuteOnCPU([n]),d=n;if(p){if(m){let N=e.texData.get(d.dataId).values,w=new Array(a);for(let A=0;A<w.length;A++)w[A]=n.shape[c[A]];let I=No(N,n.shape,n.dtype,c,w);d=e.makeTensorInfo(w,n.dtype);let T=e.texData.get(d.dataId);T.values=I}else d=un(n,c,e);u=S.getInnerMostAxes(u.length,a)}S.assertAxesAreInnerMostDims("max",u,a);let[f,h]=S.computeOutAndReduceShapes(d.shape,u),g=f;i&&(g=S.expandShapeToKeepDim(f,l));let x;if(m){let N=e.texData.get(d.dataId).values,w=Yk(N,C.sizeFromShape(h),g,n.dtype);x=e.makeTensorInfo(g,n.dtype);let I=e.texData.get(x.dataId);I.values=w}else x=VE(d,h,g,e);return p&&e.disposeIntermediateTensorInfo(d),x}var BE={kernelName:"Max",backendName:"webgl",kernelFunc:zb};var TG=Vl+`
  return max(a, b);
`,kG=`
  vec4 result = vec4(max(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+dr+`
  return result;
`,AG=At({opSnippet:TG,packedOpSnippet:kG,cpuKernelImpl:Qk}),ME={kernelName:rp,backendName:"webgl",kernelFunc:AG};function EG(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t;Zr(n,"maxPool");let{filterSize:o,strides:i,pad:a,dimRoundingMode:l}=s,u=1;C.assert(S.eitherStridesOrDilationsAreOne(i,u),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${i} and dilations '${u}'`);let c=S.computePool2DInfo(n.shape,o,i,u,a,l);if(c.filterWidth===1&&c.filterHeight===1&&C.arraysEqual(c.inShape,c.outShape))return ee({inputs:{x:n},backend:e});let p=new ts(c,"max",!1);return e.runWebGLProgram(p,[n],n.dtype)}var GE={kernelName:ti,backendName:"webgl",kernelFunc:EG};function RG(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{filterSize:o,strides:i,pad:a,dataFormat:l,dimRoundingMode:u}=s,c=[1,1,1],p=S.computePool3DInfo(n.shape,o,i,c,a,u,l),m=new cn(p,"max",!1);return e.runWebGLProgram(m,[n],n.dtype)}var WE={kernelName:ri,backendName:"webgl",kernelFunc:RG};var ph=class{constructor(t){this.variableNames=["dy","maxPos"],this.outputShape=t.inShape;let e=t.strideHeight,s=t.strideWidth,n=t.dilationHeight,o=t.effectiveFilterHeight,i=t.effectiveFilterWidth,a=o-1-t.padInfo.top,l=i-1-t.padInfo.left,u=o*i-1;this.userCode=`
      const ivec2 pads = ivec2(${a}, ${l});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${o};
          wR += ${n}) {
          float dyR = float(dyRCorner + wR) / ${e}.0;

          if (dyR < 0.0 || dyR >= ${t.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${i}; wC++) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);
            int maxPosValue = ${u} - int(getMaxPos(b, idyR, idyC, d));

            // Get the current value, check it against the value from the
            // position matrix.
            int curPosValue = wR * ${i} + wC;
            float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

            dotProd += dyValue * mask;
          }
        }
        setOutput(dotProd);
      }
    `}},mh=class{constructor(t){this.variableNames=["dy","maxPos"],this.outputShape=t.inShape;let e=t.strideDepth,s=t.strideHeight,n=t.strideWidth,o=t.dilationDepth,i=t.dilationHeight,a=t.dilationWidth,l=t.effectiveFilterDepth,u=t.effectiveFilterHeight,c=t.effectiveFilterWidth,p=l-1-t.padInfo.front,m=u-1-t.padInfo.top,d=c-1-t.padInfo.left,f=l*u*c-1;this.userCode=`
      const ivec3 pads = ivec3(${p}, ${m}, ${d});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, ch) with pos mask(:, :, :, d) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${l};
           wD += ${o}) {
          float dyD = float(dyDCorner + wD) / ${e}.0;

          if (dyD < 0.0 || dyD >= ${t.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${u};
              wR += ${i}) {
            float dyR = float(dyRCorner + wR) / ${s}.0;

            if (dyR < 0.0 || dyR >= ${t.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${c};
                wC += ${a}) {
              float dyC = float(dyCCorner + wC) / ${n}.0;

              if (dyC < 0.0 || dyC >= ${t.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);
              int maxPosValue = ${f} -
                  int(getMaxPos(batch, idyD, idyR, idyC, ch));

              // Get the current value, check it against the value from the
              // position matrix.
              int curPosValue =
                  wD * ${u} * ${c} +
                  wR * ${c} + wC;
              float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

              dotProd += dyValue * mask;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function $G(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,input:o}=t,i=o,{filterSize:a,strides:l,pad:u,dimRoundingMode:c}=s,p=[1,1,1],m=S.computePool3DInfo(i.shape,a,l,p,u,c),d=new cn(m,"max",!0),f=e.runWebGLProgram(d,[i],i.dtype),h=new mh(m),g=e.runWebGLProgram(h,[n,f],i.dtype);return e.disposeIntermediateTensorInfo(f),g}var UE={kernelName:si,backendName:"webgl",kernelFunc:$G};function DG(r){let{inputs:t,backend:e,attrs:s}=r,{dy:n,input:o,output:i}=t,a=o;Zr([o,i],"maxPoolGrad");let{filterSize:l,strides:u,pad:c,dimRoundingMode:p}=s,m=S.computePool2DInfo(a.shape,l,u,1,c,p),d=!0,f=new ts(m,"max",d),h=e.runWebGLProgram(f,[a],a.dtype),g=new ph(m),x=e.runWebGLProgram(g,[n,h],a.dtype);return e.disposeIntermediateTensorInfo(h),x}var HE={kernelName:ei,backendName:"webgl",kernelFunc:DG};function KE(r,t,e,s){let n=new ts(e,"max",!1),o=s.runWebGLProgram(n,[r],"float32");n=new ts(e,"max",!0,!0,t);let i=s.runWebGLProgram(n,[r],"float32");return[o,i]}var qE={kernelName:sp,backendName:"webgl",kernelFunc:({inputs:r,attrs:t,backend:e})=>{let{x:s}=r,{filterSize:n,strides:o,pad:i,includeBatchInIndex:a}=t,l=e;C.assert(s.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${s.shape.length}.`);let u=[1,1];C.assert(S.eitherStridesOrDilationsAreOne(o,u),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${o} and dilations '${u}'`);let c=S.computePool2DInfo(s.shape,n,o,u,i),[p,m]=KE(s,a,c,l);return[p,m]}};function jE(r,t,e,s){let n=C.sizeFromShape(t),i=C.sizeFromShape(r.shape)/n,a=q({inputs:{x:r},attrs:{shape:[i,n]},backend:s}),l=fr(a,"float32","mean",s),u=q({inputs:{x:l},attrs:{shape:e},backend:s});return s.disposeIntermediateTensorInfo(a),s.disposeIntermediateTensorInfo(l),u}var XE={kernelName:ni,backendName:"webgl",kernelFunc:({inputs:r,attrs:t,backend:e})=>{let{x:s}=r,{keepDims:n,axis:o}=t,i=e,a=s.shape.length,l=C.parseAxisParam(o,s.shape),u=l,c=S.getAxesPermutation(u,a),p=c!=null,m=i.shouldExecuteOnCPU([s]),d=[],f=s;if(p){if(m){let w=i.texData.get(f.dataId).values,I=new Array(a);for(let E=0;E<I.length;E++)I[E]=s.shape[c[E]];let T=No(w,s.shape,s.dtype,c,I);f=i.makeTensorInfo(I,s.dtype);let A=i.texData.get(f.dataId);A.values=T}else f=un(s,c,i);d.push(f),u=S.getInnerMostAxes(u.length,a)}S.assertAxesAreInnerMostDims("sum",u,a);let[h,g]=S.computeOutAndReduceShapes(f.shape,u),x=h;n&&(x=S.expandShapeToKeepDim(h,l));let y=jE(f,g,x,i);for(let N of d)i.disposeIntermediateTensorInfo(N);return y}};function OG(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,keepDims:i}=s,a=n.shape.length,l=C.parseAxisParam(o,n.shape),u=l,c=S.getAxesPermutation(u,a),p=n;c!=null&&(p=Wt({inputs:{x:n},backend:e,attrs:{perm:c}}),u=S.getInnerMostAxes(u.length,n.shape.length)),S.assertAxesAreInnerMostDims("min",u,a);let[m,d]=S.computeOutAndReduceShapes(p.shape,u),f=C.sizeFromShape(d),h=q({inputs:{x:p},backend:e,attrs:{shape:[-1,f]}}),g=fr(h,h.dtype,"min",e),x;if(i){let y=S.expandShapeToKeepDim(m,l);x=q({inputs:{x:g},backend:e,attrs:{shape:y}})}else x=q({inputs:{x:g},backend:e,attrs:{shape:m}});return e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(g),c!=null&&e.disposeIntermediateTensorInfo(p),x}var YE={kernelName:"Min",backendName:"webgl",kernelFunc:OG};var FG=Vl+`
  return min(a, b);
`,_G=`
  vec4 result = vec4(min(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+dr+`
  return result;
`,LG=At({opSnippet:FG,packedOpSnippet:_G,cpuKernelImpl:Zk}),QE={kernelName:np,backendName:"webgl",kernelFunc:LG};var dh=class{constructor(t,e,s){this.variableNames=["x"],this.outputShape=e.map((c,p)=>c[0]+t[p]+c[1]);let n=t.length,o=ht(n),i=e.map(c=>c[0]).join(","),a=e.map((c,p)=>c[0]+t[p]).join(","),l=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,n),u=s==="reflect"?0:1;if(n===1){this.userCode=`
        int start = ${i};
        int end = ${a};

        void main() {
          int outC = getOutputCoords();
          if (outC < start) {
            outC = start * 2 - outC - ${u};
          } else if(outC >= end) {
            outC = (end - 1) * 2 - outC + ${u};
          }
          setOutput(getX(outC - start));
        }
      `;return}this.userCode=`
      ${o} start = ${o}(${i});
      ${o} end = ${o}(${a});

      void main() {
        ${o} outC = getOutputCoords();
        for (int i = 0; i < ${n}; i++) {
          if (outC[i] < start[i]) {
            outC[i] = start[i] * 2 - outC[i] - ${u};
          } else if(outC[i] >= end[i]) {
            outC[i] = (end[i] - 1) * 2 - outC[i] + ${u};
          }
        }
        ${o} coords = outC - start;
        setOutput(getX(${l}));
      }
    `}};var fh=class{constructor(t,e,s){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e.map((f,h)=>f[0]+t[h]+f[1]);let n=t.length,o=ht(n),i=e.map(f=>f[0]).join(","),a=e.map((f,h)=>f[0]+t[h]).join(","),l=te("rc",n),u=te("source",n),c=`${l[n-1]} < ${this.outputShape[n-1]}`,p=n===1?"source":`vec2(${u.slice(-2).join()})`,m=s==="reflect"?0:1,d="";if(n===1){let f=`
        ${o} source = rc;
        if (source < start) {
          source = start * 2 - source - ${m};
        } else if (source >= end) {
          source = (end - 1) * 2 - source + ${m};
        }
        source -= start;
      `;d=`
        ${o} rc = outputLoc;
        ${f}
        result[0] = getChannel(getX(${u.join()}), ${p});
        ${l[n-1]} += 1;
        if(${c}) {
          ${f}
          result[1] = getChannel(getX(${u.join()}), ${p});
        }
      `}else{let f=`
        ${o} source = rc;
        ${o} lt = ${o}(lessThan(source, start));
        ${o} gte = ${o}(greaterThanEqual(source, end));
        ${o} orig = 1 - (lt + gte);
        source = orig * source +
                lt * (start * 2 - source - ${m}) +
                gte * ((end - 1) * 2 - source + ${m});
        source -= start;
      `;d=`
        ${o} rc = outputLoc;
        ${f}
        result[0] = getChannel(getX(${u.join()}), ${p});
        ${l[n-1]} += 1;
        if(${c}) {
          ${f}
          result[1] = getChannel(getX(${u.join()}), ${p});
        }
        rc = outputLoc;
        ${l[n-2]} += 1;
        if(${l[n-2]} < ${this.outputShape[n-2]}) {
          ${f}
          result[2] = getChannel(getX(${u.join()}), ${p});
          ${l[n-1]} += 1;
          if(${c}) {
            ${f}
            result[3] = getChannel(getX(${u.join()}), ${p});
          }
        }
      `}this.userCode=`
      const ${o} start = ${o}(${i});
      const ${o} end = ${o}(${a});

      void main() {
        ${o} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${d}
        setOutput(result);
      }
    `}};var zG=({inputs:r,backend:t,attrs:e})=>{let{x:s}=r,{paddings:n,mode:o}=e,i=O().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new fh(s.shape,n,o):new dh(s.shape,n,o);return t.runWebGLProgram(i,[s],s.dtype)},ZE={kernelName:oi,backendName:"webgl",kernelFunc:zG};var PG=`if (b == 0.0) return NAN;
  return mod(a, b);`,VG=`
  vec4 result = mod(a, b);
  bvec4 isNaN = equal(b, vec4(0.0));
  `+dr+`
  return result;
`,BG=At({opSnippet:PG,packedOpSnippet:VG}),JE={kernelName:"Mod",backendName:"webgl",kernelFunc:BG};var hh=class{constructor(t,e,s){this.variableNames=["probs"],this.customUniforms=[{name:"seed",type:"float"}],this.outputShape=[t,s],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];

        float r = random(seed);
        float cdf = 0.0;

        for (int i = 0; i < ${e-1}; i++) {
          cdf += getProbs(batch, i);

          if (r < cdf) {
            setOutput(float(i));
            return;
          }
        }

        // If no other event happened, last event happened.
        setOutput(float(${e-1}));
      }
    `}};var MG=`
if (a == b) {
  return 1.0;
};
return a / b;`,GG=`
  // vec4 one = vec4(equal(a, b));
  // return one + (vec4(1.0) - one) * a / b;
  vec4 result = a / b;
  if(a.x == b.x) {
    result.x = 1.;
  }
  if(a.y == b.y) {
    result.y = 1.;
  }
  if(a.z == b.z) {
    result.z = 1.;
  }
  if(a.w == b.w) {
    result.w = 1.;
  }

  return result;
`,Pb=At({opSnippet:MG,packedOpSnippet:GG,checkOutOfBounds:!0}),tR={kernelName:Nn,backendName:"webgl",kernelFunc:Pb};var eR="return a - b;",Vb=At({opSnippet:eR,packedOpSnippet:eR,supportsComplex:!0,cpuKernelImpl:b1}),rR={kernelName:"Sub",backendName:"webgl",kernelFunc:Vb};function Bb(r){let{inputs:t,backend:e,attrs:s}=r,{logits:n}=t,{dim:o}=s,i=C.parseAxisParam([o],n.shape),a=zb({inputs:{x:n},backend:e,attrs:{reductionIndices:i,keepDims:!1}}),l=S.expandShapeToKeepDim(a.shape,i),u=q({inputs:{x:a},backend:e,attrs:{shape:l}}),c=Vb({inputs:{a:n,b:u},backend:e}),p=Fb({inputs:{x:c},backend:e}),m=So({inputs:{x:p},backend:e,attrs:{axis:i,keepDims:!1}}),d=q({inputs:{x:m},backend:e,attrs:{shape:l}}),f=Pb({inputs:{a:p,b:d},backend:e});return e.disposeIntermediateTensorInfo(a),e.disposeIntermediateTensorInfo(u),e.disposeIntermediateTensorInfo(c),e.disposeIntermediateTensorInfo(p),e.disposeIntermediateTensorInfo(m),e.disposeIntermediateTensorInfo(d),f}var sR={kernelName:Si,backendName:"webgl",kernelFunc:Bb};function WG(r){let{inputs:t,backend:e,attrs:s}=r,{logits:n}=t,{numSamples:o,seed:i,normalized:a}=s,l=a?n:Bb({inputs:{logits:n},backend:e,attrs:{dim:n.shape.length-1}}),u=l.shape[0],c=l.shape[1],p=new hh(u,c,o),m=[[i]],d=e.runWebGLProgram(p,[l],"int32",m);return a||e.disposeIntermediateTensorInfo(l),d}var nR={kernelName:op,backendName:"webgl",kernelFunc:WG};var UG=me+`
  return -x;
`,HG=`
  vec4 result = -x;
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`;function KG(r){let{inputs:t,backend:e}=r,{x:s}=t;if(e.shouldExecuteOnCPU([s])){let o=e.texData.get(s.dataId),[i,a]=t1(o.values,s.shape,s.dtype);return e.makeTensorInfo(a,s.dtype,i)}let n;return O().getBool("WEBGL_PACK_UNARY_OPERATIONS")?n=new Ze(s.shape,HG):n=new Ie(s.shape,UG),e.runWebGLProgram(n,[s],s.dtype)}var oR={kernelName:"Neg",backendName:"webgl",kernelFunc:KG};var qG=Le.nonMaxSuppressionV3Impl;function jG(r){S.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:t,backend:e,attrs:s}=r,{boxes:n,scores:o}=t,{maxOutputSize:i,iouThreshold:a,scoreThreshold:l}=s,u=e.readSync(n.dataId),c=e.readSync(o.dataId),{selectedIndices:p}=qG(u,c,i,a,l);return e.makeTensorInfo([p.length],"int32",new Int32Array(p))}var iR={kernelName:ap,backendName:"webgl",kernelFunc:jG};var XG=Le.nonMaxSuppressionV4Impl;function YG(r){S.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:t,backend:e,attrs:s}=r,{boxes:n,scores:o}=t,{maxOutputSize:i,iouThreshold:a,scoreThreshold:l,padToMaxOutputSize:u}=s,c=e.readSync(n.dataId),p=e.readSync(o.dataId),{selectedIndices:m,validOutputs:d}=XG(c,p,i,a,l,u);return[e.makeTensorInfo([m.length],"int32",new Int32Array(m)),e.makeTensorInfo([],"int32",new Int32Array([d]))]}var aR={kernelName:lp,backendName:"webgl",kernelFunc:YG};var QG=Le.nonMaxSuppressionV5Impl;function ZG(r){S.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:t,backend:e,attrs:s}=r,{boxes:n,scores:o}=t,{maxOutputSize:i,iouThreshold:a,scoreThreshold:l,softNmsSigma:u}=s,c=e.readSync(n.dataId),p=e.readSync(o.dataId),m=i,d=a,f=l,h=u,{selectedIndices:g,selectedScores:x}=QG(c,p,m,d,f,h);return[e.makeTensorInfo([g.length],"int32",new Int32Array(g)),e.makeTensorInfo([x.length],"float32",new Float32Array(x))]}var lR={kernelName:up,backendName:"webgl",kernelFunc:ZG};var gh=class{constructor(t,e,s,n){this.variableNames=["indices"],this.outputShape=[t,e],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int index = round(getIndices(coords.x));
        setOutput(mix(float(${n}), float(${s}),
                      float(index == coords.y)));
      }
    `}};var JG=r=>{let{inputs:t,backend:e,attrs:s}=r,{indices:n}=t,{dtype:o,depth:i,onValue:a,offValue:l}=s,u=C.sizeFromShape(n.shape),c=new gh(u,i,a,l),p=q({inputs:{x:n},backend:e,attrs:{shape:[u]}}),m=e.runWebGLProgram(c,[p],o);e.disposeIntermediateTensorInfo(p);let d=[...n.shape,i],f=q({inputs:{x:m},backend:e,attrs:{shape:d}});return e.disposeIntermediateTensorInfo(m),f},uR={kernelName:li,backendName:"webgl",kernelFunc:JG};function Ic(r){let{inputs:t,backend:e}=r,{x:s}=t;if(s.dtype==="complex64"){let n=Vs({inputs:{input:s},backend:e}),o=Ic({inputs:{x:n},backend:e}),i=vo({inputs:{input:s},backend:e}),a=Ic({inputs:{x:i},backend:e}),l=tr({inputs:{real:o,imag:a},backend:e});return e.disposeIntermediateTensorInfo(n),e.disposeIntermediateTensorInfo(o),e.disposeIntermediateTensorInfo(i),e.disposeIntermediateTensorInfo(a),l}else return Bs({attrs:{shape:s.shape,dtype:s.dtype,value:s.dtype==="string"?"":0},backend:e})}var cR={kernelName:Ei,backendName:"webgl",kernelFunc:Ic};function pR(r){let{inputs:t,backend:e}=r,{x:s}=t;if(s.dtype==="string")throw new Error("onesLike is not supported under string dtype");if(s.dtype==="complex64"){let n=Vs({inputs:{input:s},backend:e}),o=pR({inputs:{x:n},backend:e}),i=vo({inputs:{input:s},backend:e}),a=Ic({inputs:{x:i},backend:e}),l=tr({inputs:{real:o,imag:a},backend:e});return e.disposeIntermediateTensorInfo(n),e.disposeIntermediateTensorInfo(o),e.disposeIntermediateTensorInfo(i),e.disposeIntermediateTensorInfo(a),l}else return Bs({attrs:{shape:s.shape,dtype:s.dtype,value:1},backend:e})}var mR={kernelName:ai,backendName:"webgl",kernelFunc:pR};function t3(r){let{inputs:t,backend:e,attrs:s}=r,{axis:n}=s;if(t.length===1)return th({inputs:{input:t[0]},backend:e,attrs:{dim:n}});let o=t[0].shape,i=t[0].dtype;t.forEach(c=>{C.assertShapesMatch(o,c.shape,"All tensors passed to stack must have matching shapes"),C.assert(i===c.dtype,()=>"All tensors passed to stack must have matching dtypes")});let a=[],l=t.map(c=>{let p=th({inputs:{input:c},backend:e,attrs:{dim:n}});return a.push(p),p}),u=Ob({inputs:l,backend:e,attrs:{axis:n}});return a.forEach(c=>e.disposeIntermediateTensorInfo(c)),u}var dR={kernelName:ui,backendName:"webgl",kernelFunc:t3};var xh=class{constructor(t,e,s){this.variableNames=["x"],this.customUniforms=[{name:"value",type:"float"}],this.outputShape=e.map((u,c)=>u[0]+t[c]+u[1]);let n=t.length,o=ht(n),i=e.map(u=>u[0]).join(","),a=e.map((u,c)=>u[0]+t[c]).join(","),l=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,n);if(n===1){this.userCode=`
        int start = ${i};
        int end = ${a};

        void main() {
          int outC = getOutputCoords();
          if (outC < start || outC >= end) {
            setOutput(value);
          } else {
            setOutput(getX(outC - start));
          }
        }
      `;return}this.userCode=`
      ${o} start = ${o}(${i});
      ${o} end = ${o}(${a});

      void main() {
        ${o} outC = getOutputCoords();
        if (any(lessThan(outC, start)) || any(greaterThanEqual(outC, end))) {
          setOutput(value);
        } else {
          ${o} coords = outC - start;
          setOutput(getX(${l}));
        }
      }
    `}};var yh=class{constructor(t,e,s){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"value",type:"float"}],this.outputShape=e.map((h,g)=>h[0]+t[g]+h[1]);let n=t.length,o=ht(n),i=e.map(h=>h[0]).join(","),a=e.map((h,g)=>h[0]+t[g]).join(","),l=te("rc",n),u=te("source",n),c=`${l[n-1]} < ${this.outputShape[n-1]}`,p=n===1?"source":`vec2(${u.slice(-2).join()})`,m=[`${o} rc = outputLoc;`,`${l[n-1]} += 1;
       if(${c}) {
      `,n===1?"":`}
       rc = outputLoc;
       ${l[n-2]} += 1;
       if(${l[n-2]} < ${this.outputShape[n-2]}) {`,n===1?"":`  ${l[n-1]} += 1;
         if(${c}) {`],d=n===1?"rc < start || rc >= end":"any(lessThan(rc, start)) || any(greaterThanEqual(rc, end))",f="";for(let h=0,g=n===1?2:4;h<g;h++)f+=`
        ${m[h]}
        if (${d}) {
          result[${h}] = float(value);
        } else {
          ${o} source = rc - start;
          result[${h}] = getChannel(getX(${u.join()}), ${p});
        }
      `;f+=n===1?"} ":"}}",this.userCode=`
      const ${o} start = ${o}(${i});
      const ${o} end = ${o}(${a});

      void main() {
        ${o} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${f}
        setOutput(result);
      }
    `}};var Mb=r=>{let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{paddings:o,constantValue:i}=s;if(C.sizeFromShape(n.shape)===0){let u=o.map((c,p)=>c[0]+n.shape[p]+c[1]);return Bs({backend:e,attrs:{shape:u,value:i,dtype:n.dtype}})}let a=O().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new yh(n.shape,o,i):new xh(n.shape,o,i),l=[[i]];return e.runWebGLProgram(a,[n],n.dtype,l)},fR={kernelName:ci,backendName:"webgl",kernelFunc:Mb};var e3=`
  if(a < 0.0 && floor(b) < b){
    return NAN;
  }
  if (b == 0.0) {
    return 1.0;
  }
  return (round(mod(b, 2.0)) != 1) ?
      pow(abs(a), b) : sign(a) * pow(abs(a), b);
`,r3=`
  // isModRound1 has 1 for components with round(mod(b, 2.0)) == 1, 0 otherwise.
  vec4 isModRound1 = vec4(equal(round(mod(b, 2.0)), ivec4(1)));
  vec4 multiplier = sign(a) * isModRound1 + (vec4(1.0) - isModRound1);
  vec4 result = multiplier * pow(abs(a), b);

  // Ensure that a^0 = 1, including 0^0 = 1 as this correspond to TF and JS
  bvec4 isExpZero = equal(b, vec4(0.0));
  result.r = isExpZero.r ? 1.0 : result.r;
  result.g = isExpZero.g ? 1.0 : result.g;
  result.b = isExpZero.b ? 1.0 : result.b;
  result.a = isExpZero.a ? 1.0 : result.a;

  bvec4 isNaN1 = lessThan(a, vec4(0.0));
  bvec4 isNaN2 = lessThan(floor(b), b);
  bvec4 isNaN = bvec4(isNaN1.x && isNaN2.x, isNaN1.y && isNaN2.y, isNaN1.z && isNaN2.z, isNaN1.w && isNaN2.w);
  `+dr+`
  return result;
`,s3=At({opSnippet:e3,packedOpSnippet:r3}),hR={kernelName:"Pow",backendName:"webgl",kernelFunc:s3};function n3(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{axis:o,keepDims:i}=s,a=n.shape.length,l=[],u=C.parseAxisParam(o,n.shape),c=u,p=S.getAxesPermutation(c,a),m=n;p!=null&&(m=Wt({inputs:{x:n},backend:e,attrs:{perm:p}}),c=S.getInnerMostAxes(c.length,a),l.push(m)),S.assertAxesAreInnerMostDims("prod",c,a);let d;if(e.shouldExecuteOnCPU([m])){let f=e.texData.get(m.dataId).values,{outVals:h,outShape:g,outDtype:x}=r1(m.shape,m.dtype,f,c);d=e.makeTensorInfo(g,x,h)}else{let[f,h]=S.computeOutAndReduceShapes(m.shape,c),g=C.sizeFromShape(h),x=q({inputs:{x:m},backend:e,attrs:{shape:[-1,g]}}),y=Ri(n.dtype),N=fr(x,y,"prod",e);d=q({inputs:{x:N},backend:e,attrs:{shape:f}}),l.push(x),l.push(N)}if(i){l.push(d);let f=S.expandShapeToKeepDim(d.shape,u);d=q({inputs:{x:d},backend:e,attrs:{shape:f}})}return l.forEach(f=>e.disposeIntermediateTensorInfo(f)),d}var gR={kernelName:cp,backendName:"webgl",kernelFunc:n3};function o3(r){let{inputs:t,backend:e,attrs:s}=r,{paramsNestedSplits:n,paramsDenseValues:o,indices:i}=t,{outputRaggedRank:a}=s,l=n.map(x=>e.readSync(x.dataId)),u=n.map(x=>x.shape),c=e.readSync(o.dataId),p=e.readSync(i.dataId),[m,d,f]=s1(l,u,c,o.shape,o.dtype,p,i.shape,a),h=m.map(x=>e.makeTensorInfo([x.length],"int32",x)),g=e.makeTensorInfo(f,o.dtype,d);return h.concat([g])}var xR={kernelName:pp,backendName:"webgl",kernelFunc:o3};function i3(r){let{inputs:t,backend:e}=r,{starts:s,limits:n,deltas:o}=t,i=e.readSync(s.dataId),a=e.readSync(n.dataId),l=e.readSync(o.dataId),[u,c]=n1(i,s.shape,s.dtype,a,n.shape,l,o.shape),p=e.makeTensorInfo([u.length],"int32",u),m=e.makeTensorInfo([c.length],s.dtype,c);return[p,m]}var yR={kernelName:mp,backendName:"webgl",kernelFunc:i3};function a3(r){let{inputs:t,backend:e,attrs:s}=r,{shape:n,values:o,defaultValue:i,rowPartitionTensors:a}=t,{rowPartitionTypes:l}=s,u=e.readSync(n.dataId),c=e.readSync(o.dataId),p=e.readSync(i.dataId),m=a.map(g=>e.readSync(g.dataId)),d=a.map(g=>g.shape),[f,h]=o1(u,n.shape,c,o.shape,o.dtype,p,i.shape,m,d,l);return e.makeTensorInfo(f,o.dtype,h)}var bR={kernelName:dp,backendName:"webgl",kernelFunc:a3};var Gb=r=>{let{backend:t,attrs:e}=r,{start:s,stop:n,step:o,dtype:i}=e,a=i1(s,n,o,i);return t.makeTensorInfo([a.length],i,a)},CR={kernelName:fp,backendName:"webgl",kernelFunc:Gb};var l3="return 1.0 / x;",u3=nt({opSnippet:l3}),wR={kernelName:An,backendName:"webgl",kernelFunc:u3};var c3=me+`
  return (x < 0.0) ? 0.0 : x;
`,p3=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,m3=nt({opSnippet:c3,packedOpSnippet:p3}),NR={kernelName:En,backendName:"webgl",kernelFunc:m3};var d3=me+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,f3=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,h3=nt({opSnippet:d3,packedOpSnippet:f3}),SR={kernelName:Rn,backendName:"webgl",kernelFunc:h3};var bh=class{constructor(t,e,s,n,o){this.variableNames=["A"],this.outputShape=[];let[i,a,l,u]=t;this.outputShape=[i,e,s,u];let c=[n&&e>1?a-1:a,n&&s>1?l-1:l],p=[n&&e>1?e-1:e,n&&s>1?s-1:s],m;o?m="(vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC - vec2(0.5)":m="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${c[0]/p[0]},
          ${c[1]/p[1]});
      const vec2 inputShapeRC = vec2(${a}.0, ${l}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${m};

        // Compute the four integer indices.
        ivec2 sourceFloorRC = ivec2(max(sourceFracIndexRC, vec2(0.0)));
        ivec2 sourceCeilRC = ivec2(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        float topLeft = getA(b, sourceFloorRC.x, sourceFloorRC.y, d);
        float bottomLeft = getA(b, sourceCeilRC.x, sourceFloorRC.y, d);
        float topRight = getA(b, sourceFloorRC.x, sourceCeilRC.y, d);
        float bottomRight = getA(b, sourceCeilRC.x, sourceCeilRC.y, d);

        vec2 fracRC = sourceFracIndexRC - vec2(sourceFloorRC);

        float top = topLeft + (topRight - topLeft) * fracRC.y;
        float bottom = bottomLeft + (bottomRight - bottomLeft) * fracRC.y;
        float newValue = top + (bottom - top) * fracRC.x;

        setOutput(newValue);
      }
    `}};var Ch=class{constructor(t,e,s,n,o){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[i,a,l,u]=t;this.outputShape=[i,e,s,u];let c=[n&&e>1?a-1:a,n&&s>1?l-1:l],p=[n&&e>1?e-1:e,n&&s>1?s-1:s],m;o?m="(vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC - vec3(0.5)":m="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${c[0]/p[0]},
          ${c[1]/p[1]},
          ${c[1]/p[1]});
      const vec3 inputShapeRC = vec3(${a}.0, ${l}.0,
                                     ${l}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${m};

        // Compute the four integer indices.
        ivec3 sourceFloorRC = ivec3(max(sourceFracIndexRC, vec3(0.0)));
        ivec3 sourceCeilRC = ivec3(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${u-1};
        bool hasNextRow = coords.z < ${s-1};

        // In parallel, construct four corners for all four components in
        // packed 2x2 cell.
        vec4 topLeft = vec4(
          getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 bottomLeft = vec4(
          getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 topRight = vec4(
          getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec4 bottomRight = vec4(
          getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec3 fracRC = sourceFracIndexRC - vec3(sourceFloorRC);

        vec4 top = mix(topLeft, topRight, fracRC.yyzz);
        vec4 bottom = mix(bottomLeft, bottomRight, fracRC.yyzz);
        vec4 newValue = mix(top, bottom, fracRC.x);

        setOutput(newValue);
      }
    `}};function g3(r){let{inputs:t,backend:e,attrs:s}=r,{images:n}=t,{alignCorners:o,halfPixelCenters:i,size:a}=s,[l,u]=a,c=O().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new Ch(n.shape,l,u,o,i):new bh(n.shape,l,u,o,i);return e.runWebGLProgram(c,[n],"float32")}var IR={kernelName:gi,backendName:"webgl",kernelFunc:g3};var wh=class{constructor(t,e,s){this.variableNames=["dy"],this.outputShape=[],this.outputShape=e;let[,n,o]=e,[,i,a]=t,l=[s&&i>1?n-1:n,s&&a>1?o-1:o],u=[s&&i>1?i-1:i,s&&a>1?a-1:a],c=l[0]/u[0],p=l[1]/u[1],m=1/c,d=1/p,f=Math.ceil(m)*2+2,h=Math.ceil(d)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${c});
        const float widthScale = float(${p});

        const float invHeightScale = float(${m});
        const float invWidthScale = float(${d});

        const int winHeight = int(${f});
        const int winWidth = int(${h});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(startRLerp - float(winHeight / 2));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(startCLerp - float(winWidth / 2));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${i}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${a}) {
              continue;
            }

            float dxR = float(dyR) * heightScale;
            int topDxRIndex = int(floor(dxR));
            int bottomDxRIndex = int(min(ceil(dxR), ${n-1}.0));
            float dxRLerp = dxR - float(topDxRIndex);
            float inverseDxRLerp = 1.0 - dxRLerp;

            float dxC = float(dyC) * widthScale;
            int leftDxCIndex = int(floor(dxC));
            int rightDxCIndex = int(min(ceil(dxC), ${o-1}.0));
            float dxCLerp = dxC - float(leftDxCIndex);
            float inverseDxCLerp = 1.0 - dxCLerp;

            if (r == topDxRIndex && c == leftDxCIndex) {
              // topLeft
              accumulator +=
                getDy(b, dyR, dyC, d) * inverseDxRLerp * inverseDxCLerp;
            }

            if (r == topDxRIndex && c == rightDxCIndex) {
              // topRight
              accumulator += getDy(b, dyR, dyC, d) * inverseDxRLerp * dxCLerp;
            }

            if (r == bottomDxRIndex && c == leftDxCIndex) {
              // bottomLeft
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * inverseDxCLerp;
            }

            if (r == bottomDxRIndex && c == rightDxCIndex) {
              // bottomRight
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * dxCLerp;
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function x3(r){let{inputs:t,backend:e,attrs:s}=r,{images:n,dy:o}=t,{alignCorners:i}=s,a=new wh(o.shape,n.shape,i);return e.runWebGLProgram(a,[o],o.dtype)}var vR={kernelName:xi,backendName:"webgl",kernelFunc:x3};var Nh=class{constructor(t,e,s,n,o){this.variableNames=["A"],this.outputShape=[];let[i,a,l,u]=t;this.outputShape=[i,e,s,u];let c=[n&&e>1?a-1:a,n&&s>1?l-1:l],p=[n&&e>1?e-1:e,n&&s>1?s-1:s],m=n?"0.5":"0.0",d;o?d="max((vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC, vec2(0.0))":d="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${c[0]/p[0]},
          ${c[1]/p[1]});
      const vec2 inputShapeRC = vec2(${a}.0, ${l}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${d};

        // Compute the coordinators of nearest neighbor point.
        ivec2 sourceNearestRC = ivec2(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${m})));
        float newValue = getA(b, sourceNearestRC.x, sourceNearestRC.y, d);

        setOutput(newValue);
      }
    `}};var Sh=class{constructor(t,e,s,n,o){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[i,a,l,u]=t;this.outputShape=[i,e,s,u];let c=[n&&e>1?a-1:a,n&&s>1?l-1:l],p=[n&&e>1?e-1:e,n&&s>1?s-1:s],m=n?"0.5":"0.0",d;o?d="max((vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC, vec3(0.0))":d="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${c[0]/p[0]},
          ${c[1]/p[1]},
          ${c[1]/p[1]});
      const vec3 inputShapeRC = vec3(${a}.0, ${l}.0,
                                     ${l}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${d};

        // Compute the coordinators of nearest neighbor point.
        ivec3 sourceNearestRC = ivec3(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${m})));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${u-1};
        bool hasNextRow = coords.z < ${s-1};

        vec4 newValue = vec4(
          getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d),
          hasNextCol ? getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d + 1) : 0.0);

        setOutput(newValue);
      }
    `}};function y3(r){let{inputs:t,backend:e,attrs:s}=r,{images:n}=t,{alignCorners:o,halfPixelCenters:i,size:a}=s,[l,u]=a,c=O().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new Sh(n.shape,l,u,o,i):new Nh(n.shape,l,u,o,i);return e.runWebGLProgram(c,[n],n.dtype)}var TR={kernelName:fi,backendName:"webgl",kernelFunc:y3};var Ih=class{constructor(t,e,s){this.variableNames=["dy"],this.outputShape=[],this.outputShape=e;let[,n,o]=e,[,i,a]=t,l=[s&&i>1?n-1:n,s&&a>1?o-1:o],u=[s&&i>1?i-1:i,s&&a>1?a-1:a],c=l[0]/u[0],p=l[1]/u[1],m=1/c,d=1/p,f=Math.ceil(m)*2+2,h=Math.ceil(d)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${c});
        const float widthScale = float(${p});

        const float invHeightScale = float(${m});
        const float invWidthScale = float(${d});

        const int winHeight = int(${f});
        const int winWidth = int(${h});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(floor(startRLerp - float(winHeight / 2)));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(floor(startCLerp - float(winWidth / 2)));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${i}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${a}) {
              continue;
            }

            float sourceFracRow =
              float(${l[0]}) *
                (float(dyR) / float(${u[0]}));

            float sourceFracCol =
                float(${l[1]}) *
                  (float(dyC) / float(${u[1]}));

            int sourceNearestRow = int(min(
                float(int(${n}) - 1),
                ${s} ? float(round(sourceFracRow)) :
                                  float(floor(sourceFracRow))));

            int sourceNearestCol = int(min(
                float(int(${o}) - 1),
                ${s} ? float(round(sourceFracCol)) :
                                  float(floor(sourceFracCol))));

            if (r == sourceNearestRow && c == sourceNearestCol) {
              accumulator += getDy(b, dyR, dyC, d);
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function b3(r){let{inputs:t,backend:e,attrs:s}=r,{images:n,dy:o}=t,{alignCorners:i}=s,a=new Ih(o.shape,n.shape,i);return e.runWebGLProgram(a,[o],o.dtype)}var kR={kernelName:hi,backendName:"webgl",kernelFunc:b3};var vh=class{constructor(t,e){this.variableNames=["x"];let s=t.length;if(s>4)throw new Error(`WebGL backend: Reverse of rank-${s} tensor is not yet supported`);if(this.outputShape=t,s===1){this.userCode=`
        void main() {
          int coord = getOutputCoords();
          setOutput(getX(${t[0]} - coord - 1));
        }
      `;return}let n=a=>e.indexOf(a)!==-1&&t[a]!==1?`${t[a]} - coords[${a}] - 1`:`coords[${a}]`,o=t.map((a,l)=>n(l)).join(","),i=ht(s);this.userCode=`
      void main() {
        ${i} coords = getOutputCoords();
        setOutput(getX(${o}));
      }
    `}};var Th=class{constructor(t,e){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0;let s=t.length;if(s>4)throw new Error(`WebGL backend: Reverse of rank-${s} tensor is not yet supported`);this.outputShape=t;let n=te("rc",s),o=`${n[s-1]} + 1 < ${this.outputShape[s-1]}`,i=`${n[s-2]} + 1 < ${this.outputShape[s-2]}`,a=ht(s);s===1?this.userCode=`
        void main(){
          int rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = getChannel(getX(${t[0]} - rc - 1),
            ${t[0]} - rc - 1);
          if(${o}){
              result.g = getChannel(getX(${t[0]} - (rc  + 1) - 1),
                ${t[0]} - (rc  + 1) - 1);
          }
          setOutput(result);
        }
      `:this.userCode=`
        void main() {
          ${a} rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = ${l(n.slice())};
          if(${o}){
            result.g = ${u(n.slice())};
          }
          if(${i}) {
            result.b = ${c(n.slice())};
            if(${o}) {
              result.a = ${p(n.slice())};
            }
          }
          setOutput(result);
        }
    `;function l(f){return m(f)}function u(f){return f[s-1]="("+f[s-1]+" + 1)",m(f)}function c(f){return f[s-2]="("+f[s-2]+" + 1)",m(f)}function p(f){return f[s-1]="("+f[s-1]+" + 1)",f[s-2]="("+f[s-2]+" + 1)",m(f)}function m(f){let h=t.map((y,N)=>d(N,f)),g=h.join(","),x=h.slice(-2).join(",");return`getChannel(getX(${g}), vec2(${x}))`}function d(f,h){return e.indexOf(f)!==-1&&t[f]!==1?`${t[f]} - ${h[f]} - 1`:`${h[f]}`}}};function C3(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{dims:o}=s,i=n.shape.length,a=C.parseAxisParam(o,n.shape);if(i===0)return ee({inputs:{x:n},backend:e});let l=O().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new Th(n.shape,a):new vh(n.shape,a);return e.runWebGLProgram(l,[n],n.dtype)}var AR={kernelName:yi,backendName:"webgl",kernelFunc:C3};var kh=class{constructor(t,e){this.variableNames=["Image"],this.outputShape=[],this.customUniforms=[{name:"params",type:"vec4"}];let s=t[1],n=t[2];this.outputShape=t;let o="";typeof e=="number"?o=`float outputValue = ${e.toFixed(2)};`:o=`
        vec3 fill = vec3(${e.join(",")});
        float outputValue = fill[coords[3]];`,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];
          int y = coords[1];
          float coordXFloat = (float(x) - params[0]) * params[3] -
            (float(y) - params[1]) * params[2];
          float coordYFloat = (float(x) - params[0]) * params[2] +
            (float(y) - params[1]) * params[3];
          int coordX = int(round(coordXFloat + params[0]));
          int coordY = int(round(coordYFloat + params[1]));
          ${o}
          if(coordX >= 0 && coordX < ${n} && coordY >= 0 && coordY < ${s}) {
            outputValue = getImage(coords[0], coordY, coordX, coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var ER={kernelName:Lp,backendName:"webgl",kernelFunc:({inputs:r,attrs:t,backend:e})=>{let{image:s}=r,{radians:n,fillValue:o,center:i}=t,a=e,l=new kh(s.shape,o),[u,c]=S.getImageCenter(i,s.shape[1],s.shape[2]),p=[[u,c,Math.sin(n),Math.cos(n)]];return a.runWebGLProgram(l,[s],s.dtype,p)}};var w3=`
  // OpenGL ES does not support round function.
  // The algorithm is based on banker's rounding.
  float base = floor(x);
  if ((x - base) < 0.5) {
    return floor(x);
  } else if ((x - base) > 0.5) {
    return ceil(x);
  } else {
    if (mod(base, 2.0) == 0.0) {
      return base;
    } else {
      return base + 1.0;
    }
  }
`,N3=nt({opSnippet:w3}),RR={kernelName:$n,backendName:"webgl",kernelFunc:N3};var S3="return inversesqrt(x);",I3=nt({opSnippet:S3,cpuKernelImpl:a1}),$R={kernelName:hp,backendName:"webgl",kernelFunc:I3};var pn=class{constructor(t,e,s,n,o,i,a=!0,l=!1){this.variableNames=["updates","indices","defaultValue"],this.outputShape=i;let u=ht(o.length),c=ht(i.length),p="";s===1?p="i":s===2&&(p="i, j");let m=`getIndices(${p})`,d="";n===1?d="i":n===2&&(d="i, coords[1]");let f=`getUpdates(${d})`,h="";l&&(h="coords[0], coords[1]");let g=`getDefaultValue(${h})`,x=e>1?"strides[j]":"strides";this.userCode=`
        ${u} strides = ${u}(${o});

        void main() {
          ${c} coords = getOutputCoords();
          float sum = 0.0;
          bool found = false;
          for (int i = 0; i < ${t}; i++) {
            int flattenedIndex = 0;
            for (int j = 0; j < ${e}; j++) {
              int index = round(${m});
              flattenedIndex += index * ${x};
            }
            if (flattenedIndex == coords[0]) {
              sum += ${f};
              found = true;
            }
          }
          setOutput(mix(${g}, sum, float(found)));
        }
      `}};var Ah=class{constructor(t,e,s,n,o,i,a=!0,l=!1){this.variableNames=["updates","indices","defaultValue"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=i;let u=ht(o.length),c=ht(i.length),p="";s===1?p="i":s===2&&(p="i, j");let m=`getIndices(${p})`,d="";n===1?d="i":n===2&&(d="i, coords[1]");let f=`getUpdates(${d})`,h="";l&&(h="coords[0], coords[1]");let g=`getDefaultValue(${h})`,x=e>1?"strides[j]":"strides",y=e>1?"strides[j + 1]":"strides";this.userCode=`
        ${u} strides = ${u}(${o});

        void main() {
          ${c} coords = getOutputCoords();
          vec4 sum = vec4(0.);
          vec4 found = vec4(0.);
          for (int i = 0; i < ${t}; i+=2) {
            ivec2 flattenedIndex = ivec2(0);
            for (int j = 0; j < ${e}; j+=2) {
              ivec4 index = round(${m});
              flattenedIndex += index.xz * ${x};
              if (j + 1 < ${e}) {
                flattenedIndex += index.yw * ${y};
              }
            }
            if (flattenedIndex[0] == coords[0] || flattenedIndex[1] == coords[0] ||
                flattenedIndex[0] == coords[0] + 1 || flattenedIndex[1] == coords[0] + 1) {
              vec4 updVals = ${f};
              if (flattenedIndex[0] == coords[0]) {
                sum.xy += updVals.xy;
                found.xy = vec2(1.);
              } else if (flattenedIndex[0] == coords[0] + 1) {
                sum.zw += updVals.xy;
                found.zw = vec2(1.);
              }
              if (flattenedIndex[1] == coords[0]) {
                sum.xy += updVals.zw;
                found.xy = vec2(1.);
              } else if (flattenedIndex[1] == coords[0] + 1) {
                sum.zw += updVals.zw;
                found.zw = vec2(1.);
              }
            }
          }
          setOutput(mix(${g}, sum, found));
        }
      `}};function v3(r){let{inputs:t,backend:e,attrs:s}=r,{indices:n,updates:o}=t,{shape:i}=s,{sliceRank:a,numUpdates:l,sliceSize:u,strides:c,outputSize:p}=S.calculateShapes(o,n,i),m=[p/u,u];if(p===0)return e.makeTensorInfo(i,n.dtype);let d=q({inputs:{x:n},backend:e,attrs:{shape:[l,a]}}),f=q({inputs:{x:o},backend:e,attrs:{shape:[l,u]}}),h=e.makeTensorInfo([],"float32",new Float32Array([0])),g;O().getBool("WEBGL_PACK")?g=new Ah(l,a,d.shape.length,f.shape.length,c,m):g=new pn(l,a,d.shape.length,f.shape.length,c,m);let x=e.runWebGLProgram(g,[f,d,h],f.dtype),y=q({inputs:{x},backend:e,attrs:{shape:i}});return e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(f),e.disposeIntermediateTensorInfo(x),e.disposeIntermediateTensorInfo(h),y}var DR={kernelName:gp,backendName:"webgl",kernelFunc:v3};var Eh=class{constructor(t,e,s,n){this.variableNames=["sortedSequence","values"],this.customUniforms=[{name:"numInputs",type:"int"}],this.outputShape=[t,s];let o="while (left < right) {",i=`for (int i = 0; i < ${Math.ceil(Math.log2(e+1))}; ++i) { if (left >= right) break;`,a=O().getNumber("WEBGL_VERSION")===2?o:i,l=n==="left"?"<":"<=";this.userCode=`
       int findBound(int batch, float value) {
         int left = 0;
         int right = numInputs;
         int mid;
         ${a}
           mid = (left + right) / 2;
           if (getSortedSequence(batch, mid) ${l} value) {
             left = mid + 1;
           } else {
             right = mid;
           }
         }
         return right;
       }

       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int valueIndex = coords[1];

         float value = getValues(batch, valueIndex);

         setOutput(float(findBound(batch, value)));
       }
     `}};function T3(r){let{inputs:t,backend:e,attrs:s}=r,{sortedSequence:n,values:o}=t,{side:i}=s,a=new Eh(n.shape[0],n.shape[1],o.shape[1],i),l=[[n.shape[1]]];return e.runWebGLProgram(a,[n,o],"int32",l)}var OR={kernelName:yp,backendName:"webgl",kernelFunc:T3};var Rh=class{constructor(t,e,s){this.variableNames=["c","a","b"],this.outputShape=e;let n,o;if(s>4)throw Error(`Where for rank ${s} is not yet supported`);if(s===1)o="resRC",n="resRC";else{let a=["resRC.x","resRC.y","resRC.z","resRC.w"],l=[],u=[];for(let c=0;c<e.length;c++)u.push(`${a[c]}`),c<t&&l.push(`${a[c]}`);n=l.join(),o=u.join()}let i=ht(s);this.userCode=`
      void main() {
        ${i} resRC = getOutputCoords();
        float cVal = getC(${n});
        if (cVal >= 1.0) {
          setOutput(getA(${o}));
        } else {
          setOutput(getB(${o}));
        }
      }
    `}};function k3(r){let{inputs:t,backend:e}=r,{condition:s,t:n,e:o}=t,i=new Rh(s.shape.length,n.shape,n.shape.length);return e.runWebGLProgram(i,[s,n,o],He(n.dtype,o.dtype))}var FR={kernelName:bi,backendName:"webgl",kernelFunc:k3};var A3=`
  // Stable and Attracting Fixed Point (0, 1) for Normalized Weights.
  // see: https://arxiv.org/abs/1706.02515
  float scaleAlpha = ${S.SELU_SCALEALPHA};
  float scale = ${S.SELU_SCALE};
  return (x >= 0.0) ? scale * x : scaleAlpha * (exp(x) - 1.0);
`,E3=nt({opSnippet:A3}),_R={kernelName:Dn,backendName:"webgl",kernelFunc:E3};var R3=zr+`
  return 1.0 / (1.0 + exp(-1.0 * x));
`,$3=`
  vec4 result = 1.0 / (1.0 + exp(-1.0 * x));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,D3=nt({opSnippet:R3,packedOpSnippet:$3,cpuKernelImpl:u1}),LR={kernelName:Cp,backendName:"webgl",kernelFunc:D3};var O3=`
  if (isnan(x)) { return 0.0; }
  return sign(x);
`,F3=nt({opSnippet:O3}),zR={kernelName:Fn,backendName:"webgl",kernelFunc:F3};var _3=zr+`
  return sin(x);
`,L3=`
  vec4 result = sin(x);
  bvec4 isNaN = isnan(x);
  ${dr}
  return result;
`,z3=nt({opSnippet:_3,packedOpSnippet:L3}),PR={kernelName:"Sin",backendName:"webgl",kernelFunc:z3};var P3=`
  float e2x = exp(x);
  return (e2x - 1.0 / e2x) / 2.0;
`,V3=nt({opSnippet:P3}),VR={kernelName:On,backendName:"webgl",kernelFunc:V3};var B3=`
  float epsilon = 1.1920928955078125e-7;
  float threshold = log(epsilon) + 2.0;

  bool too_large = x > -threshold;
  bool too_small = x < threshold;

  float result;
  float exp_x = exp(x);

  if (too_large){
    result = x;
  }
  else if (too_small){
    result = exp_x;
  }
  else{
    result = log(exp_x + 1.0);
  }
  return result;
`,M3=nt({opSnippet:B3}),BR={kernelName:_n,backendName:"webgl",kernelFunc:M3};var G3=r=>{let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{blockShape:o,paddings:i}=s;C.assert(n.shape.length<=4,()=>"spaceToBatchND for rank > 4 with a WebGL backend not implemented yet");let a=o.reduce((x,y)=>x*y),l=[[0,0]];l.push(...i);for(let x=1+o.length;x<n.shape.length;++x)l.push([0,0]);let u=[],c=Mb({inputs:{x:n},backend:e,attrs:{paddings:l,constantValue:0}}),p=S.getReshaped(c.shape,o,a,!1),m=S.getPermuted(p.length,o.length,!1),d=S.getReshapedPermuted(c.shape,o,a,!1),f=q({inputs:{x:c},backend:e,attrs:{shape:p}}),h=Wt({inputs:{x:f},backend:e,attrs:{perm:m}}),g=q({inputs:{x:h},backend:e,attrs:{shape:d}});return u.push(c),u.push(f),u.push(h),u.forEach(x=>e.disposeIntermediateTensorInfo(x)),g},MR={kernelName:wi,backendName:"webgl",kernelFunc:G3};function W3(r){let{inputs:t,backend:e}=r,{indices:s,values:n,denseShape:o,defaultValue:i}=t;if(o.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
         ${o.shape}`);if(s.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
         ${s.shape}`);if(n.shape.length!==1)throw new Error(`Values must be a vector, saw:
         ${n.shape}`);if(i.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${i.shape}`);let a=e.readSync(s.dataId),l=e.readSync(n.dataId),u=e.readSync(o.dataId),c=e.readSync(i.dataId)[0],[p,m,d,f,h]=p1(a,s.shape,s.dtype,l,n.dtype,u,c);return[e.makeTensorInfo(m,s.dtype,p),e.makeTensorInfo([m[0]],n.dtype,d),e.makeTensorInfo([f.length],"bool",new Uint8Array(f.map(g=>Number(g)))),e.makeTensorInfo([h.length],s.dtype,new Int32Array(h))]}var GR={kernelName:Np,backendName:"webgl",kernelFunc:W3};function U3(r){let{inputs:t,backend:e}=r,{inputIndices:s,inputShape:n,newShape:o}=t;if(s.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape ${s.shape}`);if(n.shape.length!==1)throw new Error(`Input shape should be a vector but received shape ${n.shape}`);if(o.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${o.shape}`);let i=Array.from(e.readSync(n.dataId)),a=e.readSync(s.dataId),l=Array.from(e.readSync(o.dataId)),[u,c,p]=m1(a,s.shape,s.dtype,i,l);return[e.makeTensorInfo(c,s.dtype,u),e.makeTensorInfo([p.length],o.dtype,new Int32Array(p))]}var WR={kernelName:Sp,backendName:"webgl",kernelFunc:U3};function H3(r){let{inputs:t,backend:e}=r,{data:s,indices:n,segmentIds:o}=t;if(s.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(n.shape.length!==1)throw new Error(`Indices should be a vector but received shape
              ${n.shape}`);if(o.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
              ${o.shape}`);let i=e.readSync(s.dataId),a=e.readSync(n.dataId),l=e.readSync(o.dataId),[u,c]=pf(i,s.shape,s.dtype,a,l,!0);return e.makeTensorInfo(c,s.dtype,u)}var UR={kernelName:Ip,backendName:"webgl",kernelFunc:H3};function K3(r){let{inputs:t,backend:e}=r,{data:s,indices:n,segmentIds:o}=t;if(s.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(n.shape.length!==1)throw new Error(`Indices should be a vector but received shape
             ${n.shape}`);if(o.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
             ${o.shape}`);let i=e.readSync(s.dataId),a=e.readSync(n.dataId),l=e.readSync(o.dataId),[u,c]=pf(i,s.shape,s.dtype,a,l);return e.makeTensorInfo(c,s.dtype,u)}var HR={kernelName:vp,backendName:"webgl",kernelFunc:K3};function q3(r){let{inputs:t,backend:e,attrs:s}=r,{sparseIndices:n,sparseValues:o,defaultValue:i}=t,{outputShape:a}=s,{sliceRank:l,numUpdates:u,sliceSize:c,strides:p,outputSize:m}=S.calculateShapes(o,n,a),d=!1;if(o.dtype==="string"){let x=e.bufferSync(n),y=e.bufferSync(o),N=C.decodeString(e.readSync(i.dataId)[0]),w=l1(x,y,a,m,c,u,l,p,N,d);return e.makeTensorInfo(a,w.dtype,w.values)}let f=new pn(u,l,n.shape.length,o.shape.length,p,[m,1],d),h=e.runWebGLProgram(f,[o,n,i],o.dtype),g=q({inputs:{x:h},backend:e,attrs:{shape:a}});return e.disposeIntermediateTensorInfo(h),g}var KR={kernelName:Tp,backendName:"webgl",kernelFunc:q3};function j3(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{numOrSizeSplits:o,axis:i}=s,a=C.parseAxisParam(i,n.shape)[0],l=S.prepareSplitSize(n,o,a),u=n.shape.length,c=new Array(u).fill(0),p=n.shape.slice();return l.map(m=>{let d=[...p];d[a]=m;let f=es({inputs:{x:n},backend:e,attrs:{begin:c,size:d}});return c[a]+=m,f})}var qR={kernelName:Ni,backendName:"webgl",kernelFunc:j3};var jR="return sqrt(x);",X3=nt({opSnippet:jR,packedOpSnippet:jR,cpuKernelImpl:d1}),XR={kernelName:wp,backendName:"webgl",kernelFunc:X3};var Y3="return x * x;",Q3=nt({opSnippet:Y3}),YR={kernelName:Ii,backendName:"webgl",kernelFunc:Q3};var QR="return (a - b) * (a - b);",Z3=At({opSnippet:QR,packedOpSnippet:QR}),ZR={kernelName:kp,backendName:"webgl",kernelFunc:Z3};function J3(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t;if(n.dtype!=="string")throw new Error("Input must be of datatype string");let o=e.readSync(n.dataId),i=S.fromUint8ToStringArray(o),a=f1(i,"string",s);return e.makeTensorInfo(n.shape,"string",a)}var JR={kernelName:rC,backendName:"webgl",kernelFunc:J3};function tW({inputs:r,attrs:t,backend:e}){let{x:s}=r,n=me+`
    return x > 0.0 ? 1.0 : float(${t.alpha});
  `,o=new Ie(s.shape,n);return e.runWebGLProgram(o,[s],s.dtype)}var t$={kernelName:zn,backendName:"webgl",kernelFunc:tW};var $h=class{constructor(t,e,s){this.variableNames=["x"],this.outputShape=s;let n=s.length,o=ht(s.length),i=ht(s.length),a="";if(n===1)a="coords * strides + begin";else{let l=0;a=s.map((u,c)=>(l++,s.length===1?`coords * strides[${c}] + begin[${c}]`:`coords[${l-1}] * strides[${c}] + begin[${c}]`)).join(",")}this.userCode=`
      ${o} begin = ${o}(${t});
      ${o} strides = ${o}(${e});

      void main() {
        ${i} coords = getOutputCoords();
        setOutput(getX(${a}));
      }
    `}};function eW(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{begin:o,end:i,strides:a,beginMask:l,endMask:u,ellipsisMask:c,newAxisMask:p,shrinkAxisMask:m}=s,{finalShapeSparse:d,finalShape:f,isIdentity:h,sliceDim0:g,isSimpleSlice:x,begin:y,end:N,strides:w}=Br.sliceInfo(n.shape,o,i,a,l,u,c,p,m),I;if(h)I=q({inputs:{x:n},backend:e,attrs:{shape:f}});else if(g||x){C.assert(n.shape.length>=1,()=>`Input must have rank at least 1, got: ${n.shape.length}`);let A=Br.computeOutShape(y,N,w),E=es({inputs:{x:n},backend:e,attrs:{begin:y,size:A}});I=q({inputs:{x:E},backend:e,attrs:{shape:f}}),e.disposeIntermediateTensorInfo(E)}else if(e.shouldExecuteOnCPU([n])){let E=e.readSync(n.dataId),D=Tt(n.shape,n.dtype,E),F=h1(d,D,w,y);I=e.makeTensorInfo(f,n.dtype,F.values)}else{let E=new $h(y,w,d);I=e.runWebGLProgram(E,[n],n.dtype)}let T=q({inputs:{x:I},backend:e,attrs:{shape:f}});return e.disposeIntermediateTensorInfo(I),T}var e$={kernelName:Ap,backendName:"webgl",kernelFunc:eW};function rW(r){let{inputs:t,backend:e,attrs:s}=r,{separator:n,nGramWidths:o,leftPad:i,rightPad:a,padWidth:l,preserveShortSequences:u}=s,{data:c,dataSplits:p}=t,m=e.readSync(c.dataId),d=e.readSync(p.dataId),[f,h]=g1(m,d,n,o,i,a,l,u);return[e.makeTensorInfo([f.length],"string",f),e.makeTensorInfo(p.shape,"int32",h)]}var r$={kernelName:Ep,backendName:"webgl",kernelFunc:rW};function sW(r){let{inputs:t,backend:e,attrs:s}=r,{skipEmpty:n}=s,{input:o,delimiter:i}=t;if(o.dtype!=="string")throw new Error("Input must be of datatype string");if(o.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${o.shape}`);if(i.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${i.shape}`);let a=e.readSync(o.dataId),l=e.readSync(i.dataId)[0],[u,c,p]=x1(a,l,n),m=c.length;return[e.makeTensorInfo([m,2],"int32",u),e.makeTensorInfo([m],"string",c),e.makeTensorInfo([2],"int32",new Int32Array(p))]}var s$={kernelName:Rp,backendName:"webgl",kernelFunc:sW};function nW(r){let{inputs:t,backend:e,attrs:s}=r,{numBuckets:n}=s,{input:o}=t;if(o.dtype!=="string")throw new Error("Input must be of datatype string");if(n<=0)throw new Error("Number of buckets must be at least 1");let i=e.readSync(o.dataId),a=y1(i,n);return e.makeTensorInfo(o.shape,"int32",a)}var n$={kernelName:$p,backendName:"webgl",kernelFunc:nW};var oW="return tan(x);",iW=nt({opSnippet:oW}),o$={kernelName:"Tan",backendName:"webgl",kernelFunc:iW};var aW=`
  float e2x = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - e2x) / (1.0 + e2x);
`,lW=nt({opSnippet:aW}),i$={kernelName:Ln,backendName:"webgl",kernelFunc:lW};function uW(r){let{inputs:t,backend:e,attrs:s}=r,{tensor:n,indices:o,updates:i}=t,{}=s,{sliceRank:a,numUpdates:l,sliceSize:u,strides:c,outputSize:p}=S.calculateShapes(i,o,n.shape),m=[p/u,u];if(p===0)return e.makeTensorInfo(n.shape,o.dtype);let d=q({inputs:{x:o},backend:e,attrs:{shape:[l,a]}}),f=q({inputs:{x:i},backend:e,attrs:{shape:[l,u]}}),h=q({inputs:{x:n},backend:e,attrs:{shape:m}}),g=new pn(l,a,d.shape.length,f.shape.length,c,m,!1,!0),x=e.runWebGLProgram(g,[f,d,h],h.dtype),y=q({inputs:{x},backend:e,attrs:{shape:n.shape}});return e.disposeIntermediateTensorInfo(d),e.disposeIntermediateTensorInfo(f),e.disposeIntermediateTensorInfo(h),e.disposeIntermediateTensorInfo(x),y}var a$={kernelName:xp,backendName:"webgl",kernelFunc:uW};var Dh=class{constructor(t,e){this.variableNames=["A"];let s=new Array(t.length);for(let i=0;i<s.length;i++)s[i]=t[i]*e[i];this.outputShape=s,this.rank=s.length;let n=ht(this.rank),o=cW(t);this.userCode=`
      void main() {
        ${n} resRC = getOutputCoords();
        setOutput(getA(${o}));
      }
    `}};function cW(r){let t=r.length;if(t>5)throw Error(`Tile for rank ${t} is not yet supported`);if(t===1)return`imod(resRC, ${r[0]})`;let e=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u"],s=[];for(let n=0;n<r.length;n++)s.push(`imod(${e[n]}, ${r[n]})`);return s.join()}function Wb(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{reps:o}=s;if(n.dtype==="string"||n.shape.length>5){let l=e.readSync(n.dataId),u=n.dtype==="string"?l.map(m=>C.decodeString(m)):l,c=Tt(n.shape,n.dtype,u),p=C1(c,o);return e.makeTensorInfo(p.shape,p.dtype,p.values)}let i=new Dh(n.shape,o);return e.runWebGLProgram(i,[n],n.dtype)}var l$={kernelName:Ti,backendName:"webgl",kernelFunc:Wb};var Oh=class{constructor(t){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"negativeInf",type:"float"},{name:"dir",type:"int"},{name:"inc",type:"int"}],this.outputShape=t,this.userCode=`
       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // We compare elements pair-wise within a group of size 2 * inc.
         // The comparing rule for each group alternates between ascending
         // and descending. Within each group, we compare each pair at
         // positions i and i+inc. To decide whether an element at position i
         // is x0 or x1, we mod it by 2 * inc, if the result is smaller than
         // inc, it is in the first half of the group, we denote it as x0,
         // otherwise we denote it as x1.
         // For example, as shown in the Bitonic top K paper referenced above,
         // Figure5(a) shows that element[1] is in the
         // second half of the group when group size is 2, but it is in the
         // first half of the group when group size is 4.

         bool isFirstInPair = imod(elemIdx, 2 * inc) < inc;
         int i = isFirstInPair ? elemIdx : elemIdx - inc;

         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + inc : int(getIndices(batch, i + inc));
         float x0 = i0 < n ? getX(batch, i0) : negativeInf;
         float x1 = i1 < n ? getX(batch, i1) : negativeInf;

         // Denotes which direction indices are in (ascending or descending).
         bool reverse = imod(elemIdx, 2 * dir) >= dir;
         bool isGreater = x0 > x1 || (x0 == x1 && i1 > i0);
         if (reverse == isGreater) { // Elements in opposite order of direction
           int iTemp = i0;
           i0 = i1;
           i1 = iTemp;
         }
         if (isFirstInPair) {
            setOutput(float(i0));
         } else {
            setOutput(float(i1));
         }
       }
     `}},Fh=class{constructor(t){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"k",type:"int"}],this.outputShape=t,this.userCode=`
    void main() {
         // Takes max of indices (0, k), (1, k + 1), (2, k + 2) ...
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // The output size is half of the previous size.
         // If the previous sequence is | | | | _ _ _ _  | | | |  _ _ _ _ (k=4),
         // we only need to output the indices at positions |, the indices at
         // positions _ can be thrown away, see Figure5(b) After Phase 2
         // (Merge phase) in the Bitonic Top K paper referenced above.
         // For example, the paper shows we only need to output the orange bars.
         // The output sequence should look like this | | | | | | | |.
         // Because the sequence is halved, to map the output index back
         // to the previous sequence to find the corresponding value,
         // we need to double the index. When we double the index,
         // we basically interpolate a position, so 2i looks like
         // | _ | _ | _ | _ | _ | _ | _. We move the | to the first k position
         // of each 2k positions by - elemIdx % k. E.g. for output at
         // index 4,5,6,7, we want to get the corresponding element at
         // original index 8,9,10,11, for output at index 8,9,10,11,
         // we want to get the corresponding element at original index
         // 16,17,18,19, so on and so forth.

         int i = elemIdx < k ? elemIdx : (elemIdx * 2 - imod(elemIdx, k));
         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + k : int(getIndices(batch, i + k));

         float x0 = getX(batch, i0);
         float x1 = i1 < n ? getX(batch, i1) : x0;

         setOutput(x0 >= x1 ? float(i0) : float(i1));
       }
     `}};function ko(r,t){t!==null&&r.disposeIntermediateTensorInfo(t)}function u$(r){let t=1;for(;t<r;)t*=2;return t}function pW(r){let{inputs:t,backend:e,attrs:s}=r,{x:n}=t,{k:o,sorted:i}=s,a=O().getNumber("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD"),l=O().getNumber("TOPK_K_CPU_HANDOFF_THRESHOLD"),u=n.shape,c=u[u.length-1];if(e.shouldExecuteOnCPU([n])||c<a||o>l){let F=e.readSync(n.dataId),[z,W]=w1(F,u,n.dtype,o,i);return[e.makeTensorInfo(z.shape,z.dtype,z.values),e.makeTensorInfo(W.shape,W.dtype,W.values)]}if(o===0)return u[u.length-1]=0,[e.makeTensorInfo(u,n.dtype,[]),e.makeTensorInfo(u,"int32",[])];if(c===1)return[n,Bs({attrs:{shape:u,dtype:"int32",value:0},backend:e})];let p=e.texData.get(n.dataId),m=p!==null&&p.isPacked,d=m?e.unpackTensor(n):n,h=C.sizeFromShape(u)/c,g=q({inputs:{x:d},attrs:{shape:[h,c]},backend:e});m&&ko(e,d);let x=u$(o),y=u$(c),N=null,w=()=>N===null?[g,g]:[g,N],I=(F,z,W)=>{let M=w(),G=new Oh(W),B=[[c],[N===null?1:0],[Number.NEGATIVE_INFINITY],[F],[z]],H=N;N=e.runWebGLProgram(G,M,"int32",B),ko(e,H)};for(let F=1;F<x;F*=2){let z=F*2;for(let W=F;W>=1;W/=2)I(z,W,[h,y])}for(let F=y;F>x;F/=2){let z=w(),W=new Fh([h,F/2]),G=[[c],[N===null?1:0],[x]],P=N;N=e.runWebGLProgram(W,z,"int32",G),ko(e,P);let B=x/2,H=B*2;for(let V=B;V>=1;V/=2)I(H,V,N.shape)}let T=N;N=es({inputs:{x:N},backend:e,attrs:{begin:0,size:[h,o]}}),ko(e,T);let A=Lb({inputs:{x:g,indices:N},backend:e,attrs:{axis:1,batchDims:1}});ko(e,g);let E=u.slice(0,-1);E.push(o),T=N,N=q({inputs:{x:N},attrs:{shape:E},backend:e}),ko(e,T);let D=A;return A=q({inputs:{x:A},attrs:{shape:E},backend:e}),ko(e,D),[A,N]}var c$={kernelName:Dp,backendName:"webgl",kernelFunc:pW};var _h=class{constructor(t,e,s,n,o,i){this.variableNames=["Image","Transforms"],this.outputShape=i;let a=s==="nearest"?1:2,l;switch(n){case"constant":l=1;break;case"reflect":l=2;break;case"wrap":l=3;break;case"nearest":l=4;break;default:l=1;break}this.userCode=`
            float mapCoord(float outCoord, float len) {
              float inCoord = outCoord;
              if(${l} == 2) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    if (inCoord < sz2) {
                      inCoord = sz2 * float(int(float(-inCoord / sz2))) +
                      inCoord;
                    }
                    inCoord = inCoord < -len ? inCoord + sz2 : -inCoord - 1.0;
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    inCoord -= sz2 * float(int(float(inCoord / sz2)));
                    if (inCoord >= len) {
                      inCoord = sz2 - inCoord - 1.0;
                    }
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${l} == 3) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord += len * (float(int(float(-inCoord / sz))) + 1.0);
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord -= len * float(int(float(inCoord / sz)));
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${l} == 4) {
                return clamp(outCoord, 0.0, len - 1.0);
              } else {
                return outCoord;
              }
            }

            float readWithFillValue(int batch, int coordY, int coordX,
              int channel) {
              float outputValue;
              if (0 <= coordY && coordY < ${t} && 0 <= coordX && coordX < ${e}) {
                  outputValue = getImage(batch, coordY, coordX, channel);
              } else {
                outputValue = float(${o});
              }
              return outputValue;
            }

            void main() {
              ivec4 coords = getOutputCoords();
              float outputValue;
              int batch = coords[0];
              int x = coords[2];
              int y = coords[1];
              int channel = coords[3];
              float xf = float(x);
              float yf = float(y);
              float a1 = getTransforms(batch, 0);
              float a2 = getTransforms(batch, 1);
              float a3 = getTransforms(batch, 2);
              float b1 = getTransforms(batch, 3);
              float b2 = getTransforms(batch, 4);
              float b3 = getTransforms(batch, 5);
              float c1 = getTransforms(batch, 6);
              float c2 = getTransforms(batch, 7);
              float projection = c1 * xf + c2 * yf + 1.0;
              if (projection == 0.0) {
                outputValue = float(${o});
              } else {
                float inX = (a1 * xf + a2 * yf + a3) / projection;
                float inY = (b1 * xf + b2 * yf + b3) / projection;
                float mapX = mapCoord(inX, float(${e}));
                float mapY = mapCoord(inY, float(${t}));

                if (${a} == 1) {
                  int coordY = int(round(mapY));
                  int coordX = int(round(mapX));
                  outputValue = readWithFillValue(batch, coordY, coordX,
                    channel);
                } else {
                  float yFloor = floor(mapY);
                  float xFloor = floor(mapX);
                  float yCeil = yFloor + 1.0;
                  float xCeil = xFloor + 1.0;
                  float valueYFloor = (xCeil - mapX) *
                  readWithFillValue(batch, int(yFloor), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yFloor), int(xCeil), channel);
                  float valueYCeil = (xCeil - mapX) *
                  readWithFillValue(batch, int(yCeil), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yCeil), int(xCeil), channel);
                  outputValue = (yCeil - mapY) * valueYFloor +
                  (mapY - yFloor) * valueYCeil;
                }
              }
              setOutput(outputValue);
            }
        `}};function mW(r){let{inputs:t,backend:e,attrs:s}=r,{image:n,transforms:o}=t,{interpolation:i,fillMode:a,fillValue:l,outputShape:u}=s,[c,p,m,d]=n.shape,[f,h]=u??[p,m],g=[c,f,h,d],x=new _h(p,m,i,a,l,g);return e.runWebGLProgram(x,[n,o],"float32")}var p$={kernelName:Op,backendName:"webgl",kernelFunc:mW};function dW(r){let{inputs:t,attrs:e,backend:s}=r,{axis:n}=e,{x:o}=t;Zr(o,"unique"),console.warn("WARNING: ","UI might be locked temporarily as data is being downloaded");let i=s.readSync(o.dataId),{outputValues:a,outputShape:l,indices:u}=N1(i,n,o.shape,o.dtype);return[s.makeTensorInfo(l,o.dtype,a),s.makeTensorInfo([u.length],"int32",u)]}var m$={kernelName:_p,backendName:"webgl",kernelFunc:dW};function fW(r){let{inputs:t,backend:e,attrs:s}=r,{value:n}=t,{axis:o}=s;o<0&&(o+=n.shape.length);let i=n,a=i.shape.length,l=n.shape[o],u=new Array(a-1),c=0;for(let h=0;h<a;h++)h!==o&&(u[c++]=i.shape[h]);let p=[],m=new Array(a).fill(0),d=i.shape.slice();d[o]=1;let f=new Array(l);for(let h=0;h<f.length;h++){m[o]=h;let g=es({inputs:{x:i},backend:e,attrs:{begin:m,size:d}}),x=q({inputs:{x:g},backend:e,attrs:{shape:u}});f[h]=x,p.push(g)}return p.forEach(h=>e.disposeIntermediateTensorInfo(h)),f}var d$={kernelName:ki,backendName:"webgl",kernelFunc:fW};var Lh=class{constructor(t,e){this.variableNames=["x","segmentIds"];let s=t.windowSize,n=t.batchSize,o=t.inSize,i=t.numSegments,a=i*Math.ceil(o/s);this.outputShape=[n,a];let l="0.0",u="sumValue",c=Math.floor(s/4)*4,p=s%4,m=`
        sumValue += dot(values, segFilter);
    `,d="";o%s>0&&(d=`
        if (inIdx < 0 || inIdx >= ${o}) {
          return initializationValue;
        }
      `);let f="";o%s>0&&(f=`
        if (inIdx < 0 || inIdx >= ${o}) {
          return -1.0;
        }
      `),this.userCode=`
      const float initializationValue = ${l};

      float getValue(int batch, int inIdx) {
        ${d}
        return getX(batch, inIdx);
      }

      float getSegmentIdAtIndex(int inIdx) {
        ${f}
        return getSegmentIds(inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = int(floor(float(outIdx) / float(
          ${i})) * float(${s}));
        int currentSeg = int(mod(float(outIdx), float(${i})));

        float sumValue = 0.0;

        for (int i = 0; i < ${c}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 3)) == currentSeg ? 1 : 0
          );

          ${m}
        }

        int inIdx = inOffset + ${c};
        if (${p===1}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          int inIdxSeg = int(getSegmentIdAtIndex(inIdx));

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            0,
            0,
            0
          );

          ${m}
        } else if (${p===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
              0,
              0
          );

          ${m}
        } else if (${p===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            0
          );

          ${m}
        }
        setOutput(${u});
      }
    `}};function hW(r){let{inputs:t,backend:e,attrs:s}=r,{x:n,segmentIds:o}=t,{numSegments:i}=s,a=n.shape.length,l=[],u=0,c=S.getAxesPermutation([u],a),p=n;c!=null&&(p=Wt({inputs:{x:n},backend:e,attrs:{perm:c}}),l.push(p),u=S.getInnerMostAxes(1,a)[0]);let m=S.segment_util.computeOutShape(p.shape,u,i),d=C.sizeFromShape([p.shape[u]]),f=q({inputs:{x:p},backend:e,attrs:{shape:[-1,d]}});l.push(f);let h=Ri(n.dtype),g=(w,I,T,A,E)=>{let D=w.shape[0],F=w.shape[1],z=S.segment_util.segOpComputeOptimalWindowSize(F,E),W={windowSize:z,inSize:F,batchSize:D,numSegments:E},M=new Lh(W,I),G=e.compileAndRun(M,[w,T],A);if(l.push(G),G.shape[1]===E)return G;let P=Gb({backend:e,attrs:{start:0,stop:E,step:1,dtype:"float32"}}),B=Wb({inputs:{x:P},backend:e,attrs:{reps:[F/z]}});return l.push(P),l.push(B),g(G,I,B,A,E)},x=g(f,"unsortedSegmentSum",o,h,i),y=q({inputs:{x},backend:e,attrs:{shape:m}}),N=y;if(c!=null){l.push(y);let w=S.getUndoAxesPermutation(c);N=Wt({inputs:{x:N},backend:e,attrs:{perm:w}})}return l.forEach(w=>e.disposeIntermediateTensorInfo(w)),N}var f$={kernelName:Ai,backendName:"webgl",kernelFunc:hW};var gW=[Y1,Z1,J1,tA,rA,sA,nA,oA,lA,uA,cA,pA,mA,dA,fA,hA,gA,xA,yA,bA,CA,NA,SA,IA,vA,EA,$A,DA,B1,FA,LA,zA,PA,VA,BA,MA,GA,WA,UA,HA,jA,XA,YA,QA,ZA,JA,tE,eE,rE,sE,nE,oE,iE,aE,lE,uE,pE,mE,dE,fE,gE,xE,yE,bE,CE,wE,NE,SE,IE,V1,vE,_A,TE,kE,AE,M1,EE,RE,$E,DE,OE,FE,_E,LE,zE,PE,BE,ME,GE,WE,UE,HE,qE,XE,YE,QE,ZE,JE,nR,U1,oR,iR,aR,lR,TA,uR,mR,dR,fR,hR,G1,gR,xR,yR,bR,CR,kA,tR,wR,NR,SR,K1,IR,vR,TR,kR,AR,ER,RR,$R,DR,OR,FR,_R,LR,zR,PR,VR,wA,sR,BR,MR,GR,WR,UR,HR,KR,qR,XR,YR,ZR,JR,t$,e$,r$,s$,n$,rR,j1,o$,i$,a$,l$,c$,p$,X1,m$,d$,f$,cR];for(let r of gW)Bp(r);var h$="4.22.0";var S3t={"tfjs-core":bC,"tfjs-backend-cpu":wy,"tfjs-backend-webgl":Sb,"tfjs-data":zd,"tfjs-layers":oo,"tfjs-converter":ey,tfjs:h$};export{Mh as Abs,dn as Acos,fn as Acosh,JW as AdadeltaOptimizer,tU as AdagradOptimizer,eU as AdamOptimizer,rU as AdamaxOptimizer,Gh as Add,Ao as AddN,Ac as All,Ec as Any,Eo as ArgMax,Ro as ArgMin,hn as Asin,gn as Asinh,xn as Atan,bn as Atan2,yn as Atanh,$o as AvgPool,Oo as AvgPool3D,Fo as AvgPool3DGrad,Do as AvgPoolGrad,_o as BatchMatMul,Lo as BatchToSpaceND,Rc as Bincount,Hb as BitwiseAnd,$c as BroadcastArgs,Kb as BroadcastTo,ad as Callback,xm as CallbackList,Dc as Cast,Oc as Ceil,Cn as ClipByValue,qb as Complex,zo as ComplexAbs,Po as Concat,Vo as Conv2D,Fc as Conv2DBackpropFilter,Bo as Conv2DBackpropInput,Mo as Conv3D,Go as Conv3DBackpropFilterV2,_c as Conv3DBackpropInputV2,Wo as Cos,wn as Cosh,zc as CropAndResize,Lc as Cumprod,Uo as Cumsum,bm as CustomCallback,Tc as DataStorage,Pc as DenseBincount,Vc as DepthToSpace,Ho as DepthwiseConv2dNative,Bc as DepthwiseConv2dNativeBackpropFilter,Mc as DepthwiseConv2dNativeBackpropInput,Gc as Diag,Ko as Dilation2D,Xl as Dilation2DBackpropFilter,jl as Dilation2DBackpropInput,jb as Draw,yW as ENV,ld as EarlyStopping,Wc as Einsum,Sn as Elu,qo as EluGrad,xW as Environment,Xb as Equal,jo as Erf,Wh as Exp,Xo as ExpandDims,Uc as Expm1,Hc as FFT,Kc as Fill,qc as FlipLeftRight,jc as Floor,Xc as FloorDiv,sC as FromPixels,Yo as FusedBatchNorm,Pp as FusedConv2D,Vp as FusedDepthwiseConv2D,wo as GPGPUContext,Yc as GatherNd,Qo as GatherV2,sc as GraphModel,Yb as Greater,Qc as GreaterEqual,ym as History,Jc as IFFT,Zc as Identity,tp as Imag,Ft as InputSpec,In as IsFinite,vn as IsInf,Tn as IsNan,kc as KernelBackend,Jl as LRN,Jo as LRNGrad,Pu as LayerVariable,lr as LayersModel,Zo as LeakyRelu,Qb as Less,Zb as LessEqual,ep as LinSpace,Uh as Log,kn as Log1p,Jb as LogSoftmax,Yl as LogicalAnd,Ql as LogicalNot,Zl as LogicalOr,bW as LogicalXor,CW as LowerBound,Sl as MathBackendCPU,Pl as MathBackendWebGL,wW as MatrixBandPart,tu as Max,ti as MaxPool,ri as MaxPool3D,si as MaxPool3DGrad,ei as MaxPoolGrad,sp as MaxPoolWithArgmax,rp as Maximum,ni as Mean,eu as Min,np as Minimum,oi as MirrorPad,ii as Mod,nU as MomentumOptimizer,op as Multinomial,ip as Multiply,Hh as Neg,ap as NonMaxSuppressionV3,lp as NonMaxSuppressionV4,up as NonMaxSuppressionV5,tC as NotEqual,b$ as OP_SCOPE_SUFFIX,li as OneHot,ai as OnesLike,gC as Optimizer,lU as OptimizerConstructors,ui as Pack,ci as PadV2,NW as Pool,pi as Pow,mi as Prelu,cp as Prod,oU as RMSPropOptimizer,Nr as RNN,pp as RaggedGather,mp as RaggedRange,dp as RaggedTensorToTensor,fp as Range,$W as Rank,eC as Real,Nn as RealDiv,An as Reciprocal,ZW as Reduction,En as Relu,Rn as Relu6,di as Reshape,gi as ResizeBilinear,xi as ResizeBilinearGrad,fi as ResizeNearestNeighbor,hi as ResizeNearestNeighborGrad,yi as Reverse,Lp as RotateWithOffset,$n as Round,hp as Rsqrt,sU as SGDOptimizer,gp as ScatterNd,yp as SearchSorted,bi as Select,Dn as Selu,io as Sequential,Cp as Sigmoid,Fn as Sign,Ci as Sin,On as Sinh,bp as Slice,Si as Softmax,_n as Softplus,wi as SpaceToBatchND,Np as SparseFillEmptyRows,Sp as SparseReshape,Ip as SparseSegmentMean,vp as SparseSegmentSum,Tp as SparseToDense,Ni as SplitV,wp as Sqrt,Ii as Square,kp as SquaredDifference,rC as StaticRegexReplace,zn as Step,Ap as StridedSlice,Ep as StringNGrams,Rp as StringSplit,$p as StringToHashBucketFast,Kh as Sub,ru as Sum,$e as SymbolicTensor,vi as Tan,Ln as Tanh,ae as Tensor,se as TensorBuffer,xp as TensorScatterUpdate,Ti as Tile,Dp as TopK,Op as Transform,Fp as Transpose,_p as Unique,ki as Unpack,Ai as UnsortedSegmentSum,SW as UpperBound,RW as Variable,Ei as ZerosLike,zp as _FusedMatMul,Ir as abs,jh as acos,Xh as acosh,Z as add,S$ as addN,iu as all,$i as any,gs as argMax,Yh as argMin,Qh as asin,Zh as asinh,Jh as atan,tg as atan2,eg as atanh,au as avgPool,rg as avgPool3d,oC as backend,S as backend_util,I$ as basicLSTMCell,sg as batchNorm,ng as batchNorm2d,og as batchNorm3d,ig as batchNorm4d,lu as batchToSpaceND,v$ as bincount,T$ as bitwiseAnd,p2 as booleanMaskAsync,k$ as broadcastArgs,ag as broadcastTo,js as broadcast_util,xC as browser,Tt as buffer,s_ as callbacks,j as cast,lg as ceil,Ce as clipByValue,ou as clone,C$ as complex,Ke as concat,cg as concat1d,pg as concat2d,mg as concat3d,dg as concat4d,XS as constraints,uu as conv1d,qs as conv2d,cu as conv2dTranspose,fg as conv3d,hg as conv3dTranspose,EW as copyRegisteredKernels,Vn as cos,pu as cosh,x2 as cosineWindow,Oi as cumprod,mu as cumsum,XW as customGrad,O0 as data,Gp as denseBincount,_W as deprecationWarn,gg as depthToSpace,du as depthwiseConv2d,a_ as deregisterOp,su as device_util,A$ as diag,xg as dilation2d,FW as disableDeprecationWarnings,It as dispose,LW as disposeVariables,it as div,yg as divNoNan,bg as dot,Zg as dropout,E$ as einsum,Bn as elu,OW as enableDebugMode,DW as enableProdMode,g2 as enclosingPowerOfTwo,Sr as engine,R$ as ensureShape,O as env,Oe as equal,fu as erf,Ng as euclideanNorm,qe as exp,Fe as expandDims,Sg as expm1,Up as eye,Gg as fft,ug as fill,GW as findBackend,WW as findBackendFactory,Mn as floor,qh as floorDiv,P1 as forceHalfFloat,zi as fused,Gn as gather,h2 as gatherND,aU as gather_util,BW as getBackend,vW as getGradient,IW as getKernel,TW as getKernelsForBackend,Cb as gpgpu_util,HW as grad,KW as grads,ce as greater,yr as greaterEqual,Wg as ifft,$$ as imag,_e as image,y2 as inTopKAsync,YS as initializers,wx as input,Ee as io,Ug as irfft,Ig as isFinite,vg as isInf,Tg as isNaN,Kt as keep,Le as kernel_impls,$I as layers,gu as leakyRelu,xu as less,xs as lessEqual,Jg as linalg,D$ as linspace,sL as loadGraphModel,nL as loadGraphModelSync,xI as loadLayersModel,kg as localResponseNormalization,Tr as log,yu as log1p,Ag as logSigmoid,bu as logSoftmax,Cu as logSumExp,br as logicalAnd,wu as logicalNot,Eg as logicalOr,Rg as logicalXor,w2 as losses,_$ as lowerBound,sr as matMul,iU as math,Vr as max,Nu as maxPool,$g as maxPool3d,L$ as maxPoolWithArgmax,kr as maximum,Qt as mean,nu as memory,z$ as meshgrid,DI as metrics,hu as min,Wn as minimum,Dg as mirrorPad,Og as mod,rO as model,OI as models,Fi as moments,m2 as movingAverage,R as mul,P$ as multiRNNCell,V$ as multinomial,Lt as neg,Xp as nextFrame,wg as norm,Ys as notEqual,_i as oneHot,je as ones,he as onesLike,gr as op,B$ as outerProduct,Un as pad,M$ as pad1d,G$ as pad2d,W$ as pad3d,U$ as pad4d,Fg as pool,ss as pow,Iu as prelu,N$ as print,_g as prod,zW as profile,H$ as raggedGather,K$ as raggedRange,q$ as raggedTensorToTensor,j$ as rand,X$ as randomGamma,Hp as randomNormal,Y$ as randomStandardNormal,ys as randomUniform,Q$ as randomUniformInt,zg as range,VW as ready,Z$ as real,Pg as reciprocal,Mp as registerBackend,nO as registerCallbackConstructor,nC as registerGradient,Bp as registerKernel,i_ as registerOp,FI as regularizers,Ar as relu,Vg as relu6,MW as removeBackend,_ as reshape,ns as reverse,J$ as reverse1d,t2 as reverse2d,e2 as reverse3d,r2 as reverse4d,Hg as rfft,Bg as round,vu as rsqrt,dt as scalar,d2 as scatterND,QW as scatter_util,F$ as searchSorted,Tu as selu,ku as separableConv2d,sO as sequential,L as serialization,w$ as setBackend,UW as setPlatform,Fy as setWebGLContext,s2 as setdiff1dAsync,tx as shared,Ks as sigmoid,Mg as sign,C2 as signal,Au as sin,Eu as sinh,be as slice,Ru as slice1d,Kp as slice2d,$u as slice3d,Li as slice4d,Br as slice_util,Hn as softmax,Xs as softplus,Su as spaceToBatchND,N2 as sparse,f2 as sparseToDense,b2 as spectral,nr as split,we as sqrt,Ot as square,Kg as squaredDifference,bs as squeeze,ge as stack,Cs as step,qg as stridedSlice,S2 as string,yt as sub,ct as sum,Ri as sumOutType,jg as tan,Pn as tanh,xr as tensor,os as tensor1d,qp as tensor2d,n2 as tensor3d,o2 as tensor4d,i2 as tensor5d,a2 as tensor6d,l2 as tensorScatterUpdate,rs as tensor_util,YW as test_util,$ as tidy,vr as tile,PW as time,Xg as topk,Kn as train,Ct as transpose,Du as truncatedNormal,Yg as unique,AW as unregisterGradient,kW as unregisterKernel,Ou as unsortedSegmentSum,Ae as unstack,He as upcastType,u2 as upperBound,C as util,qW as valueAndGrad,jW as valueAndGrads,Qg as variable,O$ as variableGrads,S3t as version,ey as version_converter,bC as version_core,wy as version_cpu,oo as version_layers,Sb as version_webgl,qvt as webgl,El as webgl_util,fe as where,c2 as whereAsync,pe as zeros,bt as zerosLike};
