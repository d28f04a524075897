// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {KsETH} from "./KsETH.sol";
import {IMiniPool, IMiniPoolFactory, IStakingPool} from "./Interfaces.sol";

/// @title StakingPool: ETH in, ksETH out; its part of 32 ETH per mini-pool.
/// @notice Depositors receive ksETH at the current exchange rate (share
/// accounting, no rebasing). ETH waits in the buffer until a confirmed
/// mini-pool is at the head of the funding queue; each gets miniPoolPart
/// (24 ETH on mainnet), in queue
/// order. Withdrawals burn ksETH at the current rate and are paid from the
/// buffer at once when no earlier request waits and the buffer covers them;
/// otherwise they wait in a FIFO queue that finalizeWithdrawals() serves as
/// ETH comes in, and the owner then claims.
/// @dev Pool value = buffer + P per funded mini-pool (P = miniPoolPart) +
/// beaconResult() - ETH owed to queued withdrawals. beaconResult() is the
/// pool's part of the reported validators' result: for a beacon balance B
/// over n validators, (B - 32n) * P/32 * (1 - commission) when B >= 32n,
/// and (B - 32n) * P/32 otherwise. ETH sent to the contract outside deposit() and
/// receiveRewards() is not counted.
contract StakingPool is AccessControl, ReentrancyGuard, IStakingPool {
    bytes32 public constant ORACLE_ROLE = keccak256("ORACLE_ROLE");

    uint256 public constant MIN_DEPOSIT = 0.1 ether;
    uint256 public constant VALIDATOR_BALANCE = 32 ether;

    struct WithdrawalRequest {
        address owner;
        uint256 amount;
    }

    /// @notice ETH the pool puts into each mini-pool (24 ETH on mainnet);
    /// the initiator bonds the rest of 32 ETH.
    uint256 public immutable miniPoolPart;
    /// @notice The share token.
    KsETH public immutable ksETH;
    /// @notice The initiators' commission on the pool's part of rewards, in basis points.
    uint256 public immutable commissionBps;
    /// @notice The mini-pool factory (set once).
    IMiniPoolFactory public factory;

    /// @notice ETH held and not owed to claims.
    uint256 public bufferedEther;
    /// @notice ETH owed to queued, not yet finalized withdrawal requests.
    uint256 public pendingWithdrawals;
    /// @notice Mini-pools funded with miniPoolPart.
    uint256 public fundedMiniPools;
    /// @notice The last oracle report: epoch, beacon balance and validator count.
    uint64 public reportEpoch;
    uint256 public beaconBalance;
    uint256 public beaconValidators;

    address[] private _miniPoolQueue;
    uint256 private _miniPoolHead;
    WithdrawalRequest[] private _requests;
    uint256 private _requestHead;
    /// @notice Finalized withdrawals waiting for their owners' claim.
    mapping(address => uint256) public claimable;

    event Deposited(address indexed from, uint256 amount, uint256 shares);
    event Withdrawn(address indexed owner, uint256 shares, uint256 amount);
    event WithdrawalQueued(uint256 indexed requestId, address indexed owner, uint256 shares, uint256 amount);
    event WithdrawalFinalized(uint256 indexed requestId, address indexed owner, uint256 amount);
    event Claimed(address indexed owner, uint256 amount);
    event MiniPoolQueued(address indexed miniPool, uint256 position);
    event MiniPoolFunded(address indexed miniPool);
    event RewardsReceived(address indexed miniPool, uint256 amount);
    event MiniPoolExited(address indexed miniPool, uint256 amount);
    event OracleReport(uint64 indexed epoch, uint256 beaconBalance, uint256 beaconValidators, uint256 totalPooledEther, uint256 totalShares);

    error DepositTooSmall(uint256 amount, uint256 min);
    error ZeroShares();
    error NotMiniPool(address caller);
    error FactoryAlreadySet();
    error EtherTransferFailed();
    error NothingToClaim();
    error TooManyBeaconValidators(uint256 reported, uint256 funded);
    error StaleEpoch(uint64 epoch, uint64 last);

    /// @param commission Initiators' commission in basis points (at most 10000).
    /// @param part ETH the pool puts into each mini-pool (below 31 ETH).
    /// @param admin Receives DEFAULT_ADMIN_ROLE.
    constructor(uint256 commission, uint256 part, address admin) {
        require(commission <= 10_000 && part > 0 && part < VALIDATOR_BALANCE - 1 ether);
        commissionBps = commission;
        miniPoolPart = part;
        ksETH = new KsETH(address(this));
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Admin only, once: sets the mini-pool factory.
    function setFactory(IMiniPoolFactory f) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(factory) != address(0)) revert FactoryAlreadySet();
        factory = f;
    }

    // ---- Depositors ----

    /// @notice Deposits msg.value (at least MIN_DEPOSIT) and mints ksETH at the current rate.
    function deposit() external payable nonReentrant returns (uint256 shares) {
        if (msg.value < MIN_DEPOSIT) revert DepositTooSmall(msg.value, MIN_DEPOSIT);
        uint256 supply = ksETH.totalSupply();
        uint256 pooled = totalPooledEther();
        shares = supply == 0 || pooled == 0 ? msg.value : (msg.value * supply) / pooled;
        if (shares == 0) revert ZeroShares();
        bufferedEther += msg.value;
        ksETH.mint(msg.sender, shares);
        emit Deposited(msg.sender, msg.value, shares);
    }

    /// @notice Burns `shares` ksETH of msg.sender for their ETH value now. Paid
    /// at once from the buffer if no earlier request waits and the buffer
    /// covers it; otherwise queued (returns the request id, or type(uint256).max if paid).
    function requestWithdrawal(uint256 shares) external nonReentrant returns (uint256 requestId) {
        if (shares == 0) revert ZeroShares();
        uint256 amount = (shares * totalPooledEther()) / ksETH.totalSupply();
        ksETH.burn(msg.sender, shares);
        if (_requestHead == _requests.length && bufferedEther >= amount) {
            bufferedEther -= amount;
            emit Withdrawn(msg.sender, shares, amount);
            _send(msg.sender, amount);
            return type(uint256).max;
        }
        requestId = _requests.length;
        _requests.push(WithdrawalRequest(msg.sender, amount));
        pendingWithdrawals += amount;
        emit WithdrawalQueued(requestId, msg.sender, shares, amount);
    }

    /// @notice Anyone: moves up to `max` queued requests, in order, from the
    /// buffer to their owners' claimable balance while the buffer covers them.
    function finalizeWithdrawals(uint256 max) external nonReentrant returns (uint256 done) {
        while (done < max && _requestHead < _requests.length) {
            WithdrawalRequest storage r = _requests[_requestHead];
            if (bufferedEther < r.amount) break;
            bufferedEther -= r.amount;
            pendingWithdrawals -= r.amount;
            claimable[r.owner] += r.amount;
            emit WithdrawalFinalized(_requestHead, r.owner, r.amount);
            _requestHead++;
            done++;
        }
    }

    /// @notice Pays msg.sender its finalized withdrawals.
    function claim() external nonReentrant {
        uint256 amount = claimable[msg.sender];
        if (amount == 0) revert NothingToClaim();
        claimable[msg.sender] = 0;
        emit Claimed(msg.sender, amount);
        _send(msg.sender, amount);
    }

    // ---- Mini-pools ----

    /// @inheritdoc IStakingPool
    function enqueueMiniPool(address miniPool) external {
        if (msg.sender != miniPool || !factory.isMiniPool(miniPool)) revert NotMiniPool(msg.sender);
        _miniPoolQueue.push(miniPool);
        emit MiniPoolQueued(miniPool, _miniPoolQueue.length - 1);
    }

    /// @notice Anyone: funds up to `max` queued mini-pools, in order, with miniPoolPart
    /// each while the buffer, less what queued withdrawals are owed, covers it.
    function fundMiniPools(uint256 max) external nonReentrant returns (uint256 done) {
        while (done < max && _miniPoolHead < _miniPoolQueue.length && bufferedEther >= pendingWithdrawals + miniPoolPart) {
            address mp = _miniPoolQueue[_miniPoolHead++];
            bufferedEther -= miniPoolPart;
            fundedMiniPools++;
            emit MiniPoolFunded(mp);
            IMiniPool(mp).fund{value: miniPoolPart}();
            done++;
        }
    }

    /// @inheritdoc IStakingPool
    function onMiniPoolExit() external payable {
        if (!factory.isMiniPool(msg.sender)) revert NotMiniPool(msg.sender);
        bufferedEther += msg.value;
        fundedMiniPools--;
        emit MiniPoolExited(msg.sender, msg.value);
    }

    /// @inheritdoc IStakingPool
    function receiveRewards() external payable {
        if (!factory.isMiniPool(msg.sender)) revert NotMiniPool(msg.sender);
        bufferedEther += msg.value;
        emit RewardsReceived(msg.sender, msg.value);
    }

    // ---- Oracle ----

    /// @inheritdoc IStakingPool
    function onOracleReport(uint64 epoch, uint256 balance, uint256 validators) external onlyRole(ORACLE_ROLE) {
        if (epoch <= reportEpoch) revert StaleEpoch(epoch, reportEpoch);
        if (validators > fundedMiniPools) revert TooManyBeaconValidators(validators, fundedMiniPools);
        reportEpoch = epoch;
        beaconBalance = balance;
        beaconValidators = validators;
        emit OracleReport(epoch, balance, validators, totalPooledEther(), ksETH.totalSupply());
    }

    // ---- Views ----

    /// @notice The ETH the pool's shares are worth.
    function totalPooledEther() public view returns (uint256) {
        int256 gross = int256(bufferedEther + miniPoolPart * fundedMiniPools) + beaconResult();
        int256 net = gross - int256(pendingWithdrawals);
        return net > 0 ? uint256(net) : 0;
    }

    /// @notice The pool's part of the reported validators' gain (above 32 ETH
    /// each; less the initiators' commission) or loss (below; in full).
    function beaconResult() public view returns (int256) {
        uint256 principal = VALIDATOR_BALANCE * beaconValidators;
        if (beaconBalance >= principal) {
            uint256 gain = ((beaconBalance - principal) * miniPoolPart) / VALIDATOR_BALANCE;
            return int256(gain - (gain * commissionBps) / 10_000);
        }
        return -int256(((principal - beaconBalance) * miniPoolPart) / VALIDATOR_BALANCE);
    }

    /// @notice The ETH value of one ksETH (1e18 units), 1e18 before any deposit.
    function rate() external view returns (uint256) {
        uint256 supply = ksETH.totalSupply();
        return supply == 0 ? 1 ether : (totalPooledEther() * 1 ether) / supply;
    }

    /// @notice Mini-pools waiting for funding.
    function miniPoolQueueLength() external view returns (uint256) {
        return _miniPoolQueue.length - _miniPoolHead;
    }

    /// @notice Withdrawal requests waiting for finalization.
    function withdrawalQueueLength() external view returns (uint256) {
        return _requests.length - _requestHead;
    }

    function _send(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert EtherTransferFailed();
    }
}
